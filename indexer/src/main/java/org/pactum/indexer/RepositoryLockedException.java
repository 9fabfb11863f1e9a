package org.pactum.indexer;

import java.io.IOException;
import java.nio.file.Path;

/** Another Pactum process (a server, an ingest) has the repository open for writing. */
public final class RepositoryLockedException extends IOException {

  public RepositoryLockedException(Path data, Throwable cause) {
    super(
        "the repository "
            + data
            + " is in use by another Pactum process (a running server or ingest); stop it, or use"
            + " the server's upload, and try again",
        cause);
  }
}

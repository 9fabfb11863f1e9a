package org.pactum.server.ingest;

import java.nio.file.Path;

/**
 * A file to ingest under a name of its own rather than its path: an upload, named as the browser
 * sent it ({@code contracts/2019/lease.pdf}).
 *
 * @param source where it came from, kept on the record ({@code upload})
 */
public record NamedFile(Path path, String name, String source) {}

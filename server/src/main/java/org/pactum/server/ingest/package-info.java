@NullMarked
package org.pactum.server.ingest;

import org.jspecify.annotations.NullMarked;

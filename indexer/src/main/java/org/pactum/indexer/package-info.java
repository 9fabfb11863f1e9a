/** The repository on disk and the Lucene index derived from it. */
@NullMarked
package org.pactum.indexer;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.pactum.indexer.search;

import org.jspecify.annotations.NullMarked;

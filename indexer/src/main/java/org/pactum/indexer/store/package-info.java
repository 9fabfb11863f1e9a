@NullMarked
package org.pactum.indexer.store;

import org.jspecify.annotations.NullMarked;

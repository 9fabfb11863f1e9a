/** Turns document bytes into a {@link org.pactum.extractor.model.ContractRecord}. */
@NullMarked
package org.pactum.extractor;

import org.jspecify.annotations.NullMarked;

@NullMarked
package org.pactum.extractor.analysis;

import org.jspecify.annotations.NullMarked;

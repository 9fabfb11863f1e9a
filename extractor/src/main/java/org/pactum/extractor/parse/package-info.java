@NullMarked
package org.pactum.extractor.parse;

import org.jspecify.annotations.NullMarked;

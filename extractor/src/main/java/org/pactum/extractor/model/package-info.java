@NullMarked
package org.pactum.extractor.model;

import org.jspecify.annotations.NullMarked;

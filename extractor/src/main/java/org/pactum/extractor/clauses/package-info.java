/**
 * Sections and clauses: the document cut into numbered sections with their headings, the sections
 * cut into sentence-sized units, and each unit classified into the clause taxonomy.
 */
@NullMarked
package org.pactum.extractor.clauses;

import org.jspecify.annotations.NullMarked;

package org.pactum.extractor.model;

import org.jspecify.annotations.Nullable;

/**
 * A numbered or headed part of a contract: "12. Governing Law", "Section 4.2", "ARTICLE V", "(a)" or
 * an un-numbered heading line.
 *
 * @param number the number as written ({@code 4.2}, {@code V}, {@code (a)}), or empty for a heading alone
 * @param heading the heading text, when the section has one
 * @param level 1 for articles and top-level numbers, deeper for sub-sections and lettered items
 * @param start offset where the section's first line starts
 * @param bodyStart offset where its text starts: after the heading line when the heading stands on
 *     its own line(s), else {@code start}
 * @param end offset where the next section of the same or a higher level starts, or the text's end
 * @param parent index of the enclosing section in the document's section list, or -1
 */
public record Section(
    String number, @Nullable String heading, int level, int start, int bodyStart, int end, int parent) {}

package org.pactum.extractor.model;

import org.jspecify.annotations.Nullable;

/**
 * A sentence that binds a party: {@code Supplier shall deliver the Products within thirty (30) days after
 * receipt of an order}.
 *
 * @param obligor who is bound, as the sentence names it ({@code Supplier}, {@code Each party})
 * @param party the legal name of the party the obligor stands for, when it is one of the contract's parties
 * @param prohibition true when the party is bound not to act ({@code shall not}, {@code agrees not to})
 * @param action what the party must (or must not) do, as written after the modal verb
 * @param deadline by when, when the sentence says
 * @param recurrence how often, when the duty repeats
 * @param source the obligor and the action in the text
 */
public record Obligation(
    String obligor,
    @Nullable String party,
    boolean prohibition,
    String action,
    @Nullable Deadline deadline,
    @Nullable Recurrence recurrence,
    Provenance source) {}

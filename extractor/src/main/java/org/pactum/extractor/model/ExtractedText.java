package org.pactum.extractor.model;

/** A piece of text found in a document, with its source. */
public record ExtractedText(String value, Provenance source) {}

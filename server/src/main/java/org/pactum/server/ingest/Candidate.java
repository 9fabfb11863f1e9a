package org.pactum.server.ingest;

import java.nio.file.Path;

/**
 * A file copied into the staging folder, hashed and ready to be processed.
 *
 * @param name the name the user knows it by ({@code folder/file.pdf}, {@code a.zip!/entry.docx})
 * @param source where it came from, as given on the command line or {@code upload}
 * @param staged the staged copy, owned by whoever processes the candidate
 * @param sha256 the SHA-256 of its bytes
 * @param size its size in bytes
 */
public record Candidate(String name, String source, Path staged, String sha256, long size) {}

package org.pactum.indexer.notes;

import java.time.Instant;

/** A remark a person leaves on a contract ("renewal under negotiation, ask Legal before 1 March"). */
public record Note(String id, String user, Instant at, String text) {}

package org.pactum.server.http;

/** The JSON body of every error answer: {@code {"status": 400, "error": "..."}}. */
public record ApiError(int status, String error) {}

package org.pactum.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.Json;
import org.pactum.extractor.testing.Fixtures;

class MainTest {

  @TempDir Path data;

  @Test
  void helpListsEveryCommand() {
    var out = new java.io.ByteArrayOutputStream();
    var cmd = new picocli.CommandLine(new PactumCommand());
    cmd.setOut(new java.io.PrintWriter(out, true));
    assertEquals(0, cmd.execute("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String command : List.of("serve", "ingest", "extract", "export", "search", "similar", "compare", "library", "dates",
        "tag", "reindex", "verify")) {
      assertTrue(help.contains(command), help);
    }
  }

  @Test
  void badArgumentsPrintUsageAndExitWithTwo() {
    var cmd = new picocli.CommandLine(new PactumCommand());
    cmd.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
    assertEquals(ExitCodes.USAGE, cmd.execute("ingest"));
    assertEquals(ExitCodes.USAGE, cmd.execute("no-such-command"));
  }

  @Test
  void searchFindsIngestedClausesAndRejectsAMalformedQuery() throws Exception {
    Path repo = data.resolve("repo");
    Process ingest = PactumProcess.builder("ingest", Fixtures.sample("01-").toString(), "--data", repo.toString(), "--in-process", "--no-ocr")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(ingest.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.OK, ingest.exitValue());
    Process search = PactumProcess.builder("search", "governed", "--clauses", "--category", "governing law", "--law", "US-NY",
            "--json", "--data", repo.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(search.waitFor(60, TimeUnit.SECONDS));
    assertEquals(ExitCodes.OK, search.exitValue(), out);
    JsonNode result = parse(out);
    assertEquals(1, result.path("total").asInt(), out);
    assertTrue(result.path("hits").get(0).path("categories").toString().contains("Governing Law"), out);
    Process bad = PactumProcess.builder("search", "\"unclosed", "--data", repo.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.PIPE).start();
    String err = new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(bad.waitFor(60, TimeUnit.SECONDS));
    assertEquals(ExitCodes.USAGE, bad.exitValue());
    assertTrue(err.contains("malformed"), err);
  }

  @Test
  void extractPrintsOneJsonObjectPerDocumentAndStoresNothing() throws Exception {
    Path nda = Fixtures.sample("03-");
    Path msa = Fixtures.sample("01-");
    Process p =
        PactumProcess.builder("extract", nda.toString(), msa.toString(), "--format", "jsonl", "--in-process", "--no-ocr")
            .directory(data.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(ExitCodes.OK, p.exitValue(), out);
    List<JsonNode> lines = out.lines().map(MainTest::parse).toList();
    assertEquals(2, lines.size(), out);
    for (Path sample : List.of(nda, msa)) {
      JsonNode line = lines.stream().filter(l -> l.path("id").asText().equals(sample.getFileName().toString())).findFirst().orElseThrow();
      assertEquals(Fixtures.expected(sample).path("title").asText(), line.path("title").asText());
      assertTrue(line.path("documentId").asText().matches("[0-9a-f]{16}"));
      // the project's own fields beside CUAD's: where disputes are heard, with its source, and the notice to end early
      JsonNode expected = Fixtures.expected(sample);
      assertEquals(expected.path("venue").asText(), line.path("venue").path("place").asText(), line.toString());
      assertEquals(expected.path("venueCode").asText(), line.path("venue").path("code").asText());
      assertTrue(line.path("venue").path("page").asInt() >= 1, line.toString());
      assertEquals(expected.path("terminationNotice").asText(""), line.path("terminationNotice").asText(""));
    }
    try (var left = java.nio.file.Files.list(data)) {
      assertEquals(0, left.count(), "extract writes nothing");
    }
  }

  @Test
  void extractClassifiesWithAGivenClauseModelAndRefusesAFolderWithoutOne() throws Exception {
    String msa = Fixtures.sample("01-").toString();
    Path shipped = Fixtures.projectRoot().resolve("extractor/src/main/resources/org/pactum/extractor/clauses");
    JsonNode given = parse(run(ExitCodes.OK, "extract", msa, "--in-process", "--no-ocr", "--clause-model", shipped.toString()).strip());
    JsonNode standard = parse(run(ExitCodes.OK, "extract", msa, "--in-process", "--no-ocr").strip());
    // the shipped model's own folder, given by hand, classifies as the shipped model does
    assertEquals(standard.path("clauses"), given.path("clauses"));
    assertTrue(given.path("clauses").size() > 10, given.path("clauses").toString());
    run(ExitCodes.USAGE, "extract", msa, "--in-process", "--no-ocr", "--clause-model", data.toString());
  }

  /** Runs a command to its end; returns what it printed. */
  private static String run(int exitCode, String... args) throws Exception {
    Process p = PactumProcess.builder(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(exitCode, p.exitValue(), String.join(" ", args) + "\n" + out);
    return out;
  }

  @Test
  void similarCompareLibraryAndDatesWorkOnIngestedContracts() throws Exception {
    String repo = data.resolve("repo").toString();
    run(ExitCodes.OK, "ingest", Fixtures.sample("01-").toString(), Fixtures.sample("25-").toString(), "--data", repo,
        "--in-process", "--no-ocr", "--progress", "never");
    JsonNode caps = parse(run(ExitCodes.OK, "search", "liability", "--clauses", "--category", "Cap on Liability", "--json",
        "--data", repo));
    String first = caps.path("hits").get(0).path("clauseId").asText();
    JsonNode similar = parse(run(ExitCodes.OK, "similar", first, "--json", "--data", repo));
    assertTrue(similar.size() >= 1, similar.toString());
    String other = similar.get(0).path("clause").path("clauseId").asText();
    String compared = run(ExitCodes.OK, "compare", first, other, "--data", repo);
    assertTrue(compared.contains("% the same words"), compared);
    run(ExitCodes.USAGE, "compare", first, "nothing:1-2", "--data", repo);

    String standard = run(ExitCodes.OK, "library", "add", "--category", "cap on liability", "--name", "Ours", "--data", repo,
        "Each party's total liability shall not exceed the fees paid in the twelve (12) months before the claim.").strip();
    assertTrue(standard.matches("std-[0-9a-f]{8}"), standard);
    JsonNode ranked = parse(run(ExitCodes.OK, "library", "deviations", "Cap on Liability", "--json", "--limit", "100", "--data", repo));
    assertTrue(ranked.size() >= 2, ranked.toString());
    assertTrue(ranked.get(0).path("deviation").asDouble() >= ranked.get(ranked.size() - 1).path("deviation").asDouble());
    run(ExitCodes.USAGE, "library", "deviations", "Not A Category", "--data", repo);
    // a clause search in the same order, against the same standard
    String unusual = run(ExitCodes.OK, "search", "--clauses", "--category", "Cap on Liability", "--sort", "deviation", "--data", repo);
    assertTrue(unusual.contains("% different from Ours"), unusual);
    run(ExitCodes.USAGE, "search", "--sort", "deviation", "--data", repo);

    String ics = run(ExitCodes.OK, "dates", "--format", "ics", "--today", "2026-11-23", "--data", repo);
    assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
    assertTrue(ics.contains("-notice-deadline@pactum"), ics);
    String csv = run(ExitCodes.OK, "dates", "--within", "90d", "--format", "csv", "--today", "2026-11-23", "--data", repo);
    assertTrue(csv.lines().skip(1).allMatch(l -> l.contains(",notice_deadline,") || l.contains(",renewal,")
        || l.contains(",expiration,") || l.contains(",obligation_due,")), csv);
    run(ExitCodes.USAGE, "dates", "--within", "soon", "--data", repo);

    String contract = caps.path("hits").get(0).path("contractId").asText();
    assertEquals("key supplier\n", run(ExitCodes.OK, "tag", contract, "--add", "key supplier", "--data", repo));
    assertEquals(1, parse(run(ExitCodes.OK, "search", "--tag", "KEY SUPPLIER", "--json", "--data", repo)).path("total").asInt());
    assertEquals("", run(ExitCodes.OK, "tag", contract, "--remove", "Key Supplier", "--data", repo));
    run(ExitCodes.USAGE, "tag", contract, "--add", "<x>", "--data", repo);
  }

  @Test
  void tokensAreCreatedListedWithoutTheSecretAndRevoked(@TempDir Path data) throws Exception {
    String folder = data.toString();
    String token = run(ExitCodes.OK, "token", "create", "--role", "editor", "nightly upload", "--data", folder).strip();
    assertTrue(token.matches("pt_[0-9a-f]{48}"), token);
    String id = token.substring(3, 11);
    String listed = run(ExitCodes.OK, "token", "list", "--data", folder);
    assertTrue(listed.startsWith(id + "  editor") && listed.contains("nightly upload") && !listed.contains(token), listed);
    run(ExitCodes.USAGE, "token", "create", "--role", "owner", "--data", folder);
    assertEquals("revoked " + id + "\n", run(ExitCodes.OK, "token", "revoke", id, "--data", folder));
    assertEquals("", run(ExitCodes.OK, "token", "list", "--data", folder));
    run(ExitCodes.SOME_FAILED, "token", "revoke", id, "--data", folder);
  }

  private static JsonNode parse(String line) {
    try {
      return Json.mapper().readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError(line, e);
    }
  }
}

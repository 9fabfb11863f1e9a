package org.pactum.extractor.parse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.pactum.extractor.model.DocumentStatus;
import org.pactum.extractor.model.Json;

/**
 * The parse worker process started by {@link IsolatedParser}: reads one request line at a time on
 * standard input, parses with {@link TikaDocumentParser}, and answers with one JSON line on
 * standard output. Everything else it or the parsers print goes to standard error.
 */
public final class ParseWorkerMain {

  private ParseWorkerMain() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper json = Json.mapper();
    PrintStream protocol =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    System.setOut(System.err);
    ParseSettings settings = json.readValue(args[0], ParseSettings.class);
    DocumentParser parser = new TikaDocumentParser(settings);
    BufferedReader requests =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = requests.readLine()) != null) {
      WorkerMessage.Request request = json.readValue(line, WorkerMessage.Request.class);
      WorkerMessage.Response response;
      try {
        response = WorkerMessage.Response.parsed(parser.parse(Path.of(request.path()), request.name()));
      } catch (DocumentException e) {
        response = WorkerMessage.Response.refused(e.status(), e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        response =
            WorkerMessage.Response.refused(
                DocumentStatus.FAILED, "the parser broke on this file: " + TikaDocumentParser.rootMessage(e));
      }
      protocol.println(WorkerMessage.PREFIX + json.writeValueAsString(response));
      protocol.flush();
    }
  }
}

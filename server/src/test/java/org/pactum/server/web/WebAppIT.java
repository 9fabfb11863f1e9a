package org.pactum.server.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Repository;
import org.pactum.server.auth.FirstAdmin;
import org.pactum.server.auth.Security;
import org.pactum.server.http.BackgroundIngest;
import org.pactum.server.http.PactumServer;
import org.pactum.server.http.UploadLimits;
import org.pactum.server.ingest.ArchiveLimits;
import org.pactum.server.ingest.IngestService;
import org.pactum.server.ingest.UploadJobs;

/**
 * The web app in a real headless Chromium (Debian's chromium and chromium-driver) against a really
 * started server. Skipped when no Chromium is installed, unless PACTUM_REQUIRE_BROWSER=1 (CI sets it).
 * Screenshots of each page go to target/screenshots.
 */
class WebAppIT {

  private static final String PASSWORD = "web app test password";
  private static final String VIEWER_PASSWORD = "viewer test password";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @TempDir static Path data;
  private static Repository repository;
  private static PactumServer server;
  private static UploadJobs uploads;
  private static ChromeDriver browser;
  private static WebDriverWait wait;
  private static String base;

  @BeforeAll
  static void start() throws Exception {
    Path chromium = Path.of(System.getenv().getOrDefault("PACTUM_CHROMIUM", "/usr/bin/chromium"));
    Path driver = Path.of(System.getenv().getOrDefault("PACTUM_CHROMEDRIVER", "/usr/bin/chromedriver"));
    boolean present = Files.isExecutable(chromium) && Files.isExecutable(driver);
    if (!present && "1".equals(System.getenv("PACTUM_REQUIRE_BROWSER"))) {
      throw new IllegalStateException("no Chromium at " + chromium + " with a driver at " + driver
          + " (apt-get install chromium chromium-driver)");
    }
    Assumptions.assumeTrue(present, "no Chromium at " + chromium + " with a driver at " + driver + "; browser tests skipped");
    repository = Repository.open(data.resolve("repo"));
    IngestService service = new IngestService(repository, new TikaDocumentParser(ParseSettings.defaults().withOcr(false)),
        new DefaultAnalyzer(), ArchiveLimits.defaults(), 2);
    uploads = new UploadJobs(service, repository.root().resolve("uploads"));
    // ingested as a folder, so the documents are named as a person's folder names them ("samples/01-...")
    Path samples = Files.createDirectories(data.resolve("samples"));
    for (Path file : List.of(Fixtures.sample("01-"), Fixtures.sample("02-"), Fixtures.sample("12-"), Fixtures.sample("27-"),
        Fixtures.hostile("contract-with-script.html"))) {
      Files.copy(file, samples.resolve(file.getFileName()));
    }
    service.ingest(List.of(samples), r -> {});
    Path throwaway = Files.writeString(data.resolve("throwaway-memo.txt"), "MEMORANDUM OF UNDERSTANDING\n\nA throwaway memo to delete.\n");
    service.ingest(List.of(throwaway), r -> {});
    Security security = Security.in(repository.root());
    FirstAdmin.ensure(security.accounts(), security.audit(), PASSWORD, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    security.accounts().create("vera", org.pactum.server.auth.Role.VIEWER, VIEWER_PASSWORD);
    server = new PactumServer(repository, new BackgroundIngest(), security, uploads, UploadLimits.DEFAULT).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900");
    // the driver and the browser keep their scratch folders in the test's own folder, which goes with it: in the
    // system temporary folder Chromium leaves an empty org.chromium.Chromium.* folder behind on every run
    Path browserTemp = Files.createDirectories(data.resolve("browser-tmp"));
    ChromeDriverService driverService = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
        .withEnvironment(Map.of("TMPDIR", browserTemp.toString())).build();
    browser = new ChromeDriver(driverService, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      uploads.close();
    }
    if (repository != null) {
      repository.close();
    }
  }

  @BeforeEach
  void signedOut() {
    browser.manage().deleteAllCookies();
    browser.get(base + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
  }

  private static void screenshot(String name) throws Exception {
    File shot = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  private static void signIn(String user, String password) {
    browser.findElement(By.id("user")).clear();
    browser.findElement(By.id("user")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
  }

  /** Clicks a facet value, scrolled to the middle of the window first so that the sticky header does not cover it. */
  private static void clickFacet(String dim, String value) {
    WebElement facet = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#facets button.facet[data-dim='" + dim + "'][data-value='" + value + "']")));
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", facet);
    facet.click();
  }

  private static List<WebElement> hits() {
    return wait.until(d -> {
      List<WebElement> items = d.findElements(By.cssSelector("#hits > li"));
      return items.isEmpty() ? null : items;
    });
  }

  @Test
  void aWrongPasswordIsSaidPlainly() throws Exception {
    signIn("admin", "not the password");
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-error")));
    assertTrue(error.getText().contains("wrong user name or password"), error.getText());
    screenshot("sign-in-refused");
  }

  @Test
  void signInSearchAndReadADocumentThenSignOut() throws Exception {
    screenshot("sign-in");
    signIn("admin", PASSWORD);
    assertTrue(hits().size() >= 3);
    assertTrue(browser.findElement(By.id("who")).getText().contains("admin"));
    screenshot("documents");

    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys("\"governed by\"");
    q.submit();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "matching"));
    WebElement first = hits().get(0);
    assertFalse(first.findElements(By.tagName("mark")).isEmpty(), "matches are highlighted");
    assertTrue(first.findElement(By.cssSelector(".snippet .page")).getText().startsWith("p. "), "with their page");
    screenshot("search");

    String title = first.findElement(By.cssSelector("a.title")).getText();
    first.findElement(By.cssSelector("a.title")).click();
    wait.until(ExpectedConditions.textToBe(By.id("doc-title"), title));
    assertTrue(browser.findElement(By.id("doc-text")).getText().toLowerCase().contains("governed by"));
    screenshot("document");

    // an extracted value, clicked, shows its source highlighted in the text
    WebElement law = browser.findElement(By.xpath("//dt[text()='Governing law']/following-sibling::dd[1]/button"));
    law.click();
    WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-text mark.source")));
    assertTrue(source.getText().toLowerCase().contains("law"), source.getText());
    assertEquals(1, browser.findElements(By.cssSelector("#doc-text mark.source")).size());
    // and so does an extracted date: the words it was read from, and only those
    WebElement date = browser.findElement(By.xpath("//dt[text()='Agreement date']/following-sibling::dd[1]/button[contains(@class,'value')]"));
    date.click();
    WebElement dateSource = wait.until(d -> {
      WebElement m = d.findElement(By.cssSelector("#doc-text mark.source"));
      return m.getText().matches("(?s).*(20\\d\\d|19\\d\\d).*") ? m : null;
    });
    assertEquals(1, browser.findElements(By.cssSelector("#doc-text mark.source")).size(), "the earlier mark is gone");
    assertTrue(dateSource.getText().length() < 200, dateSource.getText());
    screenshot("document-source");

    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
    browser.navigate().refresh();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
  }

  @Test
  void markupInADocumentIsShownAsTextNeverRun() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys("bakery");
    q.submit();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "matching"));
    hits().get(0).findElement(By.cssSelector("a.title")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-text"), "onerror"));
    String text = browser.findElement(By.id("doc-text")).getText();
    assertTrue(text.contains("<script>alert(1)</script>") && text.contains("<img src=x onerror=alert(1)>"), text);
    assertTrue(browser.findElements(By.cssSelector("#doc-text script, #doc-text img")).isEmpty(), "no element made from the text");
    try {
      browser.switchTo().alert();
      throw new AssertionError("a script from the document ran");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    screenshot("document-with-markup");
  }

  @Test
  void uploadFilesAndSeeEachOnesStatus() throws Exception {
    signIn("admin", PASSWORD);
    int before = hits().size();
    browser.findElement(By.id("nav-upload")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("drop")));
    screenshot("upload");
    // a contract, an employment agreement with its unsigned draft, and an empty file
    String files = String.join("\n", List.of(Fixtures.sample("05-"), Fixtures.sample("09-"), Fixtures.sample("28-"),
        Fixtures.hostile("blank.txt")).stream().map(p -> p.toAbsolutePath().toString()).toList());
    browser.findElement(By.id("pick-files")).sendKeys(files);
    wait.withTimeout(Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-summary"), "Done"));
    String table = browser.findElement(By.id("upload-files")).getText();
    assertTrue(table.contains("05-supply-agreement.pdf") && table.contains("indexed"), table);
    assertTrue(table.contains("28-employment-agreement-draft.docx"), table);
    assertTrue(table.contains("blank.txt") && table.contains("empty"), table);
    screenshot("upload-done");
    String triage = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(document.getElementById('triage-link').href).then(r => r.text()).then(done);");
    assertTrue(triage.contains("Triage of run") && triage.contains("blank.txt") && triage.contains("the document has no text"), triage);
    assertTrue(triage.contains("Near-duplicates (1 group(s))") && (triage.contains("<del>thirty</del> <ins>sixty</ins>")
        || triage.contains("<del>sixty</del> <ins>thirty</ins>")), "the draft beside its signed copy, the changed notice marked: " + triage);
    browser.get(browser.findElement(By.id("triage-link")).getDomProperty("href"));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Triage of run"));
    screenshot("triage");
    browser.navigate().back();
    browser.findElement(By.id("nav-documents")).click();
    wait.until(d -> d.findElements(By.cssSelector("#hits li")).size() == before + 3);
  }

  @Test
  void keyDatesShowTheirWorkingOpenTheirSourceAndExport() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    browser.findElement(By.id("nav-dates")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("dates-filter")));
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("dates-within"))).selectByValue("");
    // the past expiration of the NDA shows only once all dates are listed
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dates-table"), "Expires"));
    WebElement notice = wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
        d.findElements(By.cssSelector("#dates-table tr.notice_deadline")).stream()
            .filter(r -> r.getText().contains("MASTER SERVICES AGREEMENT")).findFirst().orElse(null));
    // the agreement's notice as its second amendment shortened it, and the working says so
    assertTrue(notice.getText().contains("P60D") && notice.getText().contains("set by \"AMENDMENT NO. 2 TO MASTER SERVICES AGREEMENT\""),
        notice.getText());
    // the working's inputs, each a link to the words it was read from
    assertTrue(notice.getText().contains("notice period: P60D") && notice.getText().contains("renewal term:"), notice.getText());
    screenshot("key-dates");

    String ics = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch(document.getElementById('export-ics').href).then(r => r.text()).then(done);");
    assertTrue(ics.startsWith("BEGIN:VCALENDAR") && ics.contains("-notice-deadline@pactum"), ics);
    String unfolded = ics.replaceAll("\r?\n[ \t]", "");
    assertTrue(unfolded.contains("Worked out from:\\n- ") && unfolded.contains("notice period P60D (page "), unfolded);

    browser.findElement(By.id("subscribe")).click();
    String feed = wait.until(d -> {
      String url = d.findElement(By.id("feed-url")).getDomProperty("value");
      return url == null || url.isEmpty() ? null : url;
    });
    var response = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(feed)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "a calendar app fetches the feed with no session: " + response.body());
    assertTrue(response.body().startsWith("BEGIN:VCALENDAR"));

    notice.findElement(By.cssSelector("a.source-link")).click();
    WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-text mark.source")));
    assertTrue(source.getText().toLowerCase().matches("(?s).*(sixty|60).*"), source.getText());
    screenshot("key-date-source");
  }

  @Test
  void contractsThatRenewByThemselvesAreNarrowedToANoticePeriodByFacet() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    clickFacet("renewal", "automatic");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters"), "renewal: automatic"));
    clickFacet("notice", "90 days");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters"), "notice: 90 days"));
    List<WebElement> found = hits();
    // the sample services agreement and its service-level agreement renew yearly unless 90 days' notice is given
    assertTrue(found.size() >= 2, "contracts renewing with 90 days' notice: " + found.size());
    WebElement facets = browser.findElement(By.id("facets"));
    assertTrue(facets.getText().contains("Notice against renewal"), facets.getText());
    assertTrue(browser.findElements(By.cssSelector("#facets button.facet[data-dim='notice']")).size() == 1,
        "only the chosen notice period is left: " + facets.getText());
  }

  @Test
  void clausesAreSearchedNarrowedByFacetAndComparedSideBySide() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("scope"))).selectByValue("clauses");
    WebElement q = browser.findElement(By.id("q"));
    q.sendKeys("liability OR liable");
    q.submit();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Clauses matching"));
    WebElement facet = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("#facets button.facet[data-dim='category'][data-value='Cap on Liability']")));
    facet.click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters"), "Cap on Liability"));
    List<WebElement> found = hits();
    assertTrue(found.size() >= 2, "cap clauses in the samples: " + found.size());
    for (WebElement hit : found) {
      assertTrue(hit.getText().contains("Cap on Liability"), hit.getText());
    }
    screenshot("search-clauses");

    // other contracts' clauses of a shared type, with how alike they are; a second click folds them away
    found.get(0).findElement(By.cssSelector("button.show-similar")).click();
    // the answer: the other contracts' clauses of the type with how alike they are, or a plain word that there are none
    WebElement similar = wait.until(d -> {
      List<WebElement> box = d.findElements(By.cssSelector("#hits .similar"));
      return box.isEmpty() || box.get(0).getText().contains("Looking for") ? null : box.get(0);
    });
    assertTrue(similar.getText().contains("% alike") || similar.getText().contains("No other contract has a clause of this type"),
        similar.getText());
    screenshot("similar-clauses");
    found.get(0).findElement(By.cssSelector("button.show-similar")).click();
    assertTrue(browser.findElements(By.cssSelector("#hits .similar")).isEmpty(), "a second click folds the list away");

    found.get(0).findElement(By.cssSelector("input.pick-clause")).click();
    found.get(1).findElement(By.cssSelector("input.pick-clause")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compare-selected"))).click();
    WebElement other = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#compare-others .passage")));
    assertTrue(other.getText().contains("% the same words"), other.getText());
    assertFalse(browser.findElement(By.id("compare-base")).getText().isBlank());
    screenshot("compare");
    // against the team's standard wording, when the library holds one for the clause's type
    Object standard = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/session').then(r => r.json()).then(s => fetch('/api/library', {method: 'POST', headers: {'Content-Type':"
        + " 'application/json', 'X-CSRF-Token': s.csrf}, body: JSON.stringify({category: 'Limitation of Liability', name: 'House wording',"
        + " text: 'Neither party shall be liable for indirect or consequential damages.'})})).then(r => done(r.status));");
    assertEquals(201L, standard);
    browser.navigate().refresh();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//p[@id='compare-standards']/button[contains(., 'House wording')]"))).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("compare-base"), "House wording"));
    assertEquals(2, browser.findElements(By.cssSelector("#compare-others .passage")).size(), "both clauses against the standard");
    screenshot("compare-standard");
  }

  @Test
  void capClausesAreOrderedByHowUnusualTheirWordingIsAndComparedWithTheStandard() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    browser.get(base + "/?scope=clauses&category=" + java.net.URLEncoder.encode("Cap on Liability", java.nio.charset.StandardCharsets.UTF_8));
    new org.openqa.selenium.support.ui.Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sort"))))
        .selectByValue("deviation");
    wait.until(d -> !d.findElements(By.cssSelector("#hits .deviation")).isEmpty());
    List<Integer> percents = browser.findElements(By.cssSelector("#hits .deviation")).stream()
        .map(e -> Integer.parseInt(e.getText().replaceAll("%.*", ""))).toList();
    assertTrue(percents.size() >= 2, percents.toString());
    assertEquals(percents.stream().sorted(java.util.Comparator.reverseOrder()).toList(), percents, "most unusual first");
    assertTrue(browser.getCurrentUrl().contains("sort=deviation"), "the order is in the address: " + browser.getCurrentUrl());
    screenshot("search-deviation");

    hits().get(0).findElement(By.xpath(".//button[contains(., 'Compare with the standard')]")).click();
    WebElement other = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#compare-others .passage")));
    assertTrue(other.getText().contains("% the same words"), other.getText());
    assertTrue(browser.findElement(By.id("compare-order")).isDisplayed(), "the compare page can order its clauses too");
  }

  private static void open(String query) {
    open(query, null);
  }

  /** Searches and opens the hit with this title, or the first hit when the title is null. */
  private static void open(String query, String title) {
    WebElement q = browser.findElement(By.id("q"));
    q.clear();
    q.sendKeys(query);
    q.submit();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "matching"));
    WebElement link = hits().stream().map(h -> h.findElement(By.cssSelector("a.title")))
        .filter(a -> title == null || a.getText().equals(title)).findFirst().orElseThrow();
    String shown = link.getText();
    link.click();
    // the whole title: another document's title may hold this one ("AMENDMENT NO. 2 TO MASTER SERVICES AGREEMENT")
    wait.until(ExpectedConditions.textToBe(By.id("doc-title"), shown));
  }

  @Test
  void aViewerReadsButCannotChangeOrDelete() throws Exception {
    signIn("vera", VIEWER_PASSWORD);
    hits();
    assertFalse(browser.findElement(By.id("nav-upload")).isDisplayed(), "no upload for a viewer");
    open("memorandum");
    assertFalse(browser.findElement(By.id("doc-delete")).isDisplayed());
    assertFalse(browser.findElement(By.id("tag-editor")).isDisplayed());
    // and the server says no even when asked directly
    Object status = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/session').then(r => r.json()).then(s => fetch('/api/documents/' + new URLSearchParams(location.search).get('doc'),"
        + " {method: 'DELETE', headers: {'X-CSRF-Token': s.csrf}})).then(r => done(r.status));");
    assertEquals(403L, status);
    screenshot("viewer-document");
  }

  @Test
  void anEditorTagsAndAnAdminDeletes() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    open("memorandum");
    browser.findElement(By.cssSelector("#doc-notes-box summary")).click();
    browser.findElement(By.id("note-text")).sendKeys("Superseded by the 2024 memo <img src=x onerror=alert(1)>");
    browser.findElement(By.cssSelector("#note-form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-notes"), "Superseded by the 2024 memo <img"));
    assertTrue(browser.findElements(By.cssSelector("#doc-notes img")).isEmpty(), "a note is shown as text");
    browser.findElement(By.id("new-tag")).sendKeys("obsolete");
    browser.findElement(By.id("add-tag")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("doc-tags"), "obsolete"));
    screenshot("document-tagged");
    browser.findElement(By.id("doc-delete")).click();
    browser.switchTo().alert().accept();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("results")));
    WebElement q = browser.findElement(By.id("q"));
    q.clear();
    q.sendKeys("memorandum");
    q.submit();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "none"));
  }

  @Test
  void anEditorCorrectsAValueWhichSearchThenUses() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    open("\"master services agreement\"", "MASTER SERVICES AGREEMENT");
    WebElement pencil = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#values button.edit[data-field='governingLaw']")));
    pencil.click();
    org.openqa.selenium.Alert prompt = browser.switchTo().alert();
    prompt.sendKeys("delaware");
    prompt.accept();
    WebElement corrected = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#values button.value.corrected")));
    assertTrue(corrected.getText().contains("Delaware (US-DE)") && corrected.getText().contains("corrected by admin"), corrected.getText());
    screenshot("document-corrected");
    corrected.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-text mark.source")));
    Object total = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/search?q=&law=US-DE').then(r => r.json()).then(r => done(r.total));");
    assertEquals(1L, total, "search uses the corrected law");

    // review state: a person confirms a value as extracted, and a checked value becomes a regression case
    browser.findElement(By.cssSelector("#values button.verify[data-field='effectiveDate']")).click();
    WebElement verified = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#values .review.verified")));
    assertEquals("verified by admin", verified.getText());
    assertTrue(browser.findElement(By.id("values")).getText().contains("corrected by admin"));
    browser.findElement(By.cssSelector("#values button.keep-case[data-field='governingLaw']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#values button.keep-case[data-field='governingLaw']"),
        "kept as test"));
    screenshot("document-reviewed");
    Object unverified = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/search?q=&review=effectiveDate:verified').then(r => r.json()).then(r => done(r.total));");
    assertEquals(1L, unverified, "searchable by review state");
    Object cases = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/regressions/check').then(r => r.json()).then(done);");
    assertTrue(cases.toString().contains("governingLaw") && cases.toString().contains("passed=false"),
        "the extractor still finds New York, so the case fails until it agrees: " + cases);
  }

  @Test
  void aStandardClauseRanksTheRepositorysClausesByDeviation() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    browser.findElement(By.id("nav-library")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("library-form")));
    // before any standard: a type is measured against the usual wording learned from the contracts
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#usual-types button.show-deviations[data-category='Governing Law']")))
        .click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deviations-title"), "the most deviant first"));
    String usual = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#deviations li .similarity"))).getText();
    assertTrue(usual.contains("from “usual wording: "), usual);
    browser.executeScript("document.getElementById('deviations-title').scrollIntoView()");
    screenshot("usual-wording");
    browser.findElement(By.id("nav-library")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("library-form")));
    browser.findElement(By.id("std-category")).sendKeys("Cap on Liability");
    browser.findElement(By.id("std-name")).sendKeys("Our mutual cap");
    browser.findElement(By.id("std-text")).sendKeys("Each party's total aggregate liability arising out of or relating to this"
        + " Agreement shall not exceed the fees paid or payable in the twelve (12) months preceding the claim.");
    browser.findElement(By.cssSelector("#library-form button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deviations-title"), "the most deviant first"));
    List<WebElement> ranked = browser.findElements(By.cssSelector("#deviations li .similarity"));
    assertTrue(ranked.size() >= 2, "cap clauses ranked: " + ranked.size());
    int previous = 101;
    for (WebElement r : ranked) {
      int deviation = Integer.parseInt(r.getText().replaceAll("^deviation (\\d+)%.*$", "$1"));
      assertTrue(deviation <= previous, "most deviant first: " + r.getText());
      previous = deviation;
    }
    screenshot("standard-clauses");
  }

  @Test
  void aSuppliersContractsAndTheirTermsShowInOneTable() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    browser.findElement(By.id("nav-party")).click();
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("party-name")));
    name.sendKeys("northwind");
    browser.findElement(By.cssSelector("#party-form button[type=submit]")).click();
    WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("party-table")));
    String text = table.getText();
    assertTrue(text.contains("MASTER SERVICES AGREEMENT") && text.contains("Provider") && text.contains("P90D"), text);
    assertTrue(text.contains("Notice to terminate") && text.contains("P60D"), text);
    assertTrue(text.contains("Liability cap"), text);
    screenshot("party");
  }

  @Test
  void anAdminAddsAUserWhoCanSignInAndReadsTheAuditTrail() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    browser.findElement(By.id("nav-admin")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-form")));
    browser.findElement(By.id("user-name")).sendKeys("walt");
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("user-role"))).selectByValue("editor");
    browser.findElement(By.cssSelector("#user-form button[type=submit]")).click();
    WebElement created = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("user-created")));
    String password = created.getText().replaceAll("^.*shown only now: ", "").strip();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-table"), "user-create"));
    String trail = browser.findElement(By.id("audit-table")).getText();
    assertTrue(trail.contains("login"), trail);
    // an API token for a script, shown once, that works until it is revoked here
    browser.findElement(By.id("token-note")).sendKeys("nightly export");
    browser.findElement(By.cssSelector("#token-form button[type=submit]")).click();
    String token = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("token-secret"))).getText();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens-table"), "nightly export"));
    screenshot("admin");
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpRequest export = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/api/export/dates.csv"))
        .header("Authorization", "Bearer " + token).build();
    assertEquals(200, http.send(export, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode());
    browser.findElement(By.cssSelector("#tokens-table button.revoke-token[data-id='" + token.substring(3, 11) + "']")).click();
    browser.switchTo().alert().accept();
    wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("tokens-table"), "nightly export")));
    assertEquals(401, http.send(export, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode(), "revoked");
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
    signIn("walt", password);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "walt (editor)"));
    assertFalse(browser.findElement(By.id("nav-admin")).isDisplayed(), "no admin page for an editor");
  }

  @Test
  void anAgreementShowsItsAmendmentsAndTheTermsInForce() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    Object id = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "fetch('/api/families').then(r => r.json()).then(f => done(f[0].base.contractId));");
    browser.get(base + "/?doc=" + id);
    WebElement family = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("family")));
    assertTrue(family.getText().contains("amendment 1") && family.getText().contains("AMENDMENT NO. 1 TO MASTER SERVICES AGREEMENT"),
        family.getText());
    assertTrue(family.getText().indexOf("amendment 2") > family.getText().indexOf("amendment 1"), "the chain in order: " + family.getText());
    assertTrue(family.getText().contains("2026-03-31 (AMENDMENT NO. 2 TO MASTER SERVICES AGREEMENT"), "the term in force and who set it: "
        + family.getText());
    assertTrue(family.getText().contains("P60D (AMENDMENT NO. 2"), "the shortened notice: " + family.getText());
    new org.openqa.selenium.interactions.Actions(browser).scrollToElement(family).perform();
    screenshot("family");
  }

  @Test
  void theVenueAndTheNoticeToTerminateAreShownWithTheirSources() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    open("\"master services agreement\"", "MASTER SERVICES AGREEMENT");
    // the values are listed once the document's record has come
    WebElement venue = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//dt[text()='Venue']/following-sibling::dd[1]/button")));
    assertEquals("New York County, New York (US-NY)", venue.getText());
    venue.click();
    WebElement source = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc-text mark.source")));
    assertTrue(source.getText().startsWith("courts located in New York County"), source.getText());
    WebElement notice = browser.findElement(By.xpath("//dt[text()='Notice to terminate']/following-sibling::dd[1]/button"));
    assertEquals("P60D", notice.getText());
    notice.click();
    wait.until(d -> d.findElement(By.cssSelector("#doc-text mark.source")).getText().toLowerCase().contains("sixty"));
  }

  @Test
  void aPdfsOriginalPagesAreRenderedAndAValueIsMarkedOnThem() throws Exception {
    signIn("admin", PASSWORD);
    hits();
    open("\"master services agreement\"", "MASTER SERVICES AGREEMENT");
    browser.findElement(By.id("view-pdf")).click();
    wait.withTimeout(Duration.ofSeconds(60)).until(d -> d.findElements(By.cssSelector("#doc-pdf .textLayer span")).size() > 50);
    Object painted = browser.executeScript("const c = document.querySelector('#doc-pdf canvas.pdf-page');"
        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        + "for (let i = 0; i < d.length; i += 4) if (d[i] < 128) return true; return false;");
    assertEquals(Boolean.TRUE, painted, "the first page has dark pixels: text was drawn");
    browser.findElement(By.xpath("//dt[text()='Notice to stop renewal']/following-sibling::dd[1]/button[contains(@class,'value')]")).click();
    // the words the notice period was read from are marked on the page itself
    wait.until(d -> !d.findElements(By.cssSelector("#doc-pdf .textLayer span.source")).isEmpty());
    String marked = String.join(" ", browser.findElements(By.cssSelector("#doc-pdf .textLayer span.source")).stream()
        .map(e -> e.getDomProperty("textContent")).toList());
    assertTrue(marked.toLowerCase().contains("ninety"), marked);
    screenshot("document-original");
  }
}

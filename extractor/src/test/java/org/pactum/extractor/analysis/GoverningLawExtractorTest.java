package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactum.extractor.model.GoverningLaw;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import org.pactum.extractor.testing.Fixtures;

class GoverningLawExtractorTest {

  private static final TikaDocumentParser PARSER = new TikaDocumentParser(ParseSettings.defaults().withOcr(false));
  private final GoverningLawExtractor extractor = new GoverningLawExtractor();

  static Stream<Path> textSamples() {
    return Fixtures.samples().stream().filter(p -> !Fixtures.isScanned(p));
  }

  @ParameterizedTest
  @MethodSource("textSamples")
  void findsTheExpectedLawAndItsCode(Path sample) throws Exception {
    JsonNode expected = Fixtures.expected(sample);
    ParsedDocument doc = PARSER.parse(sample, sample.getFileName().toString());
    Optional<GoverningLaw> law = extractor.find(doc);
    if (expected.path("governingLaw").isNull() || expected.path("governingLaw").isMissingNode()) {
      assertTrue(law.isEmpty(), "no governing law expected, found " + law);
      return;
    }
    GoverningLaw found = law.orElseThrow(() -> new AssertionError("no governing law found in " + sample.getFileName()));
    assertEquals(expected.path("governingLaw").asText(), found.jurisdiction(), sample.getFileName().toString());
    assertEquals(expected.path("governingLawCode").asText(), found.code(), sample.getFileName().toString());
    String source = doc.text().substring(found.source().start(), found.source().end()).toLowerCase(java.util.Locale.ROOT);
    assertTrue(source.contains("law"), source);
  }

  @Test
  void commonPhrasings() {
    assertEquals("US-NY", law("This Agreement shall be governed by the laws of the State of New York, without regard to conflicts."));
    assertEquals("US-PA", law("construed and interpreted in accordance with the laws of the Commonwealth of Pennsylvania."));
    assertEquals("CA-BC", law("governed by the laws of the Province of British Columbia and the federal laws of Canada"));
    assertEquals("GB-ENG", law("This Agreement is governed by English law."));
    assertEquals("US-DE", law("THIS AGREEMENT SHALL BE GOVERNED BY THE LAWS OF THE STATE OF DELAWARE."));
    assertEquals("", law("The parties shall comply with all applicable laws of any jurisdiction."));
    assertEquals("US-MI", law("Wherever it is signed, this Agreement is governed by the laws and decisions of the State of"
        + " Michigan."));
    assertEquals("US-NC", law("This contract shall be governed by the substantive laws, and not by the rules on conflicts"
        + " of laws, of the State of North Carolina."));
  }

  @Test
  void aTextLayerThatLostTheSpacesAfterOfAndThe() {
    assertEquals("US-TX", law("This Agreement shall be construed in accordance with the laws ofthe State ofTexas."));
    assertEquals("US-OH", law("This Agreement is governed by the laws ofOhio."));
    // run together with a word that is no jurisdiction, it names none
    assertEquals("", law("This Agreement is governed by the laws often cited by the parties."));
  }

  @Test
  void lawsNamedBeforeTheVerbThereofAndAStateAfterItsCountry() {
    assertEquals("US-NY", law("The laws of the State of New York (without regard to conflicts rules) govern all matters arising"
        + " out of this Agreement."));
    assertEquals("US-NV", law("This contract is made in the State of Nevada and is to be governed by and read in"
        + " accordance with the laws thereof."));
    assertEquals("US-FL", law("This Agreement shall be governed by the laws of the United States and the State of Florida."));
    assertEquals("CN", law("This Agreement shall be governed by PRC Laws."));
  }

  @Test
  void anApplicableLawAHeadingThatNamesItAndDisputesResolvedUnderALaw() {
    assertEquals("NL", law("The applicable law is the law of the Netherlands."));
    assertEquals("US-IL", law("15. GOVERNING LAW: Illinois.\n16. NOTICES. Notices shall be in writing."));
    assertEquals("SG", law("Any dispute shall be resolved in accordance with the laws of Singapore."));
    // a heading over the sentence that says it is read as that sentence
    assertEquals("US-TX", law("GOVERNING LAW. This Agreement shall be governed by the laws of the State of Texas."));
    assertEquals("", law("GOVERNING LAW: see Schedule 4."));
    assertEquals("IE", law("Governing law: the laws of Ireland."));
    assertEquals("FR", law("Applicable law: French law."));
    assertEquals("GB-ENG", law("Governing Law - English law.\nJurisdiction - the courts of London."));
    assertEquals("", law("Applicable Law: Each party shall comply with all applicable law."));
  }

  @Test
  void anAdjectiveLawAfterTwoVerbsOrAfterSubjectTo() {
    assertEquals("GB-ENG", law("This Agreement shall be governed by and construed under English law."));
    assertEquals("DE", law("The contract is subject to German law, excluding the UN Convention on Contracts for the"
        + " International Sale of Goods."));
    // the loosest wording: what governs the contract, said anywhere, comes first
    assertEquals("FR", law("The software is subject to US law on exports. This Agreement is governed by French law."));
  }

  @Test
  void exportAndPatentLawsGiveWayToTheGoverningLaw() {
    assertEquals("US-CA", law("Inventorship is determined in accordance with the patent laws of the United States. Each"
        + " party is subject to the export laws of the United States. This Agreement is governed by the laws of the State"
        + " of California."));
  }

  @Test
  void countriesBeyondTheUsualFew() {
    assertEquals("ZA", law("This AGREEMENT shall be governed by and construed under the Laws of the Republic of South Africa."));
    assertEquals("NZ", law("This Agreement is governed by the laws of New Zealand."));
    assertEquals("MH", law("This Charter shall be governed by the laws of the Marshall Islands."));
    assertEquals("PL", law("This Agreement is governed by Polish law."));
    assertEquals("US-NJ", law("This Agreement shall be governed by the laws of the State of New Jersey."));
  }

  @Test
  void provincesAndStatesOfOtherCountriesAreNamedWithTheirCountry() {
    assertEquals("Ontario, Canada", extractor.find(new ParsedDocument("text/plain",
        "This Agreement shall be governed by the laws of the Province of Ontario.", PageMap.SINGLE_PAGE, Map.of(), 0))
        .orElseThrow().jurisdiction());
    assertEquals("AU-VIC", law("This Agreement will be governed by the laws in force in the State of Victoria, Australia."));
    assertEquals("AU-NSW", law("This Agreement is governed by the laws of New South Wales."));
  }

  @Test
  void commasAroundTheVerbsAndLongerNamesOfTheJurisdiction() {
    assertEquals("US-NY", law("This Agreement shall be governed by, and construed in accordance with, New York law."));
    assertEquals("US-NY", law("This Agreement shall be deemed made in, and shall be construed pursuant to the laws of, the"
        + " State of New York."));
    assertEquals("US-DE", law("All questions shall be governed by the internal law, and not the law of conflicts, of the State"
        + " of Delaware."));
    assertEquals("US-CO", law("This Agreement shall be governed by the laws in effect in the State of Colorado."));
    assertEquals("LU", law("This Agreement shall be governed by the laws of the Grand Duchy of Luxembourg."));
    assertEquals("VN", law("This Agreement shall be governed by the laws of the Socialist Republic of Vietnam."));
    assertEquals("HK", law("This Agreement is governed by the laws of the Special Administrative Region of Hong Kong."));
    assertEquals("CA-QC", law("This Agreement shall be governed by the laws of Qu\u00e9bec."));
  }

  @Test
  void apostrophesAsATextLayerGivesThemAndShortFormsOfChina() {
    assertEquals("CN", law("This Agreement shall be governed by the laws of the People`s Republic of China."));
    assertEquals("CN", law("This Agreement shall be governed by the laws of the People \u2019s Republic of China."));
    assertEquals("CN", law("This Agreement shall be governed by the laws of the People' s Republic of China."));
    assertEquals("CN", law("This Agreement shall be governed by the laws of the Peoples Republic of China."));
    assertEquals("CN", law("This Agreement shall be governed by the laws ofthe People's Republic ofChina."));
    assertEquals("CN", law("This Agreement shall be governed by the laws of the P.R.C."));
    assertEquals("CN", law("This Agreement shall be governed by the laws of PR China."));
    assertEquals("CN", law("This Agreement shall be governed by the laws of mainland China."));
  }

  @Test
  void lawThatAppliesOrDeterminesAndAReadingInAccordanceWithIt() {
    assertEquals("CN", law("Chinese law shall apply to this Agreement."));
    assertEquals("US-TX", law("The validity of this Agreement shall be determined under the laws of the State of Texas."));
    assertEquals("AU-VIC", law("This Agreement is to be read in accordance with the laws of Victoria."));
    // a law that applies to one thing is not the contract's law when the contract names its own
    assertEquals("US-CA", law("Federal law shall apply to the export of the Products. This Agreement is governed by the laws"
        + " of the State of California."));
  }

  private String law(String text) {
    return extractor.find(new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0))
        .map(GoverningLaw::code).orElse("");
  }
}

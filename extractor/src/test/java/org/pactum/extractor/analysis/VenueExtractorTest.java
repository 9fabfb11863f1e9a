package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Venue;

class VenueExtractorTest {

  private static Optional<Venue> venue(String text) {
    return new VenueExtractor().find(new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0));
  }

  private static String placeAndCode(String text) {
    return venue(text).map(v -> v.place() + " | " + v.code() + " | " + v.forum()).orElse("");
  }

  @Test
  void theCourtsAContractSubmitsTo() {
    assertEquals("Los Angeles County, California | US-CA | courts", placeAndCode("Every action under this"
        + " Agreement shall be brought only in the federal or state courts located in Los Angeles County, California."));
    assertEquals("State of New York | US-NY | courts", placeAndCode("Each party submits to the exclusive jurisdiction of the"
        + " courts of the State of New York."));
    assertEquals("Wilmington, Delaware | US-DE | courts", placeAndCode("Venue for any action hereunder shall lie"
        + " exclusively in Wilmington, Delaware."));
    assertEquals("Southern District of New York | US-NY | courts", placeAndCode("Any suit shall be brought in the United"
        + " States District Court for the Southern District of New York."));
    assertEquals("Borough of Manhattan | null | courts", placeAndCode("Each party submits to the jurisdiction of the courts"
        + " located in the Borough of Manhattan, The City of New York."));
    assertEquals("Asheville, NC | US-NC | courts", placeAndCode("Any action shall be brought in the courts located in"
        + " Asheville, NC."));
    assertEquals("Ontario | CA-ON | courts", placeAndCode("The parties attorn to the exclusive jurisdiction of the courts"
        + " of Ontario."));
    assertEquals("Zurich, Switzerland | CH | courts", placeAndCode("The exclusive place of jurisdiction is Zurich, Switzerland."));
  }

  @Test
  void aCountrysCourtsForOneOfItsDistrictsAreThatDistrict() {
    assertEquals("Southern District of New York | US-NY | courts", placeAndCode("Each party submits to the exclusive"
        + " jurisdiction of the courts of the United States for the Southern District of New York."));
    assertEquals("Northern District of California | US-CA | courts", placeAndCode("Any suit shall be brought in the"
        + " federal courts of the United States located in the Northern District of California."));
    assertEquals("United States | US | courts", placeAndCode("Any suit shall be brought in the courts of the United"
        + " States in accordance with its rules."));
  }

  @Test
  void anArbitrationSeatWhenNoCourtsAreNamed() {
    assertEquals("Beijing | null | arbitration", placeAndCode("Either party may refer the dispute to arbitration, which"
        + " shall be conducted in Chinese and shall take place in Beijing."));
    assertEquals("London, England | GB-ENG | arbitration", placeAndCode("Any dispute shall be finally settled by"
        + " arbitration under the ICC Rules. The arbitration shall be held in London, England."));
    assertEquals("Denver, Colorado | US-CO | arbitration", placeAndCode("Any dispute not resolved by negotiation may be"
        + " referred to binding arbitration in Denver, Colorado."));
    assertEquals("", placeAndCode("Any dispute shall be settled by arbitration in accordance with the rules of the ICC."));
    String both = "Disputes shall be settled by arbitration held in Geneva. Each party submits to the jurisdiction of the"
        + " courts of the State of New York for interim relief.";
    assertEquals("courts", venue(both).orElseThrow().forum());
    String award = "Disputes shall be settled by arbitration held in Geneva. Judgment on the award may be entered in the"
        + " courts of the State of New Jersey.";
    assertEquals("Geneva | null | arbitration", placeAndCode(award));
  }

  @Test
  void courtsNamedInPassingOrWithoutAPlaceAreNoVenue() {
    assertTrue(venue("If a court of competent jurisdiction finds any provision invalid, the rest remains in force.").isEmpty());
    assertTrue(venue("The remedies are available in courts of law or equity, and the parties may seek them.").isEmpty());
    assertTrue(venue("This Agreement is governed by the laws of the State of New York.").isEmpty());
    assertTrue(venue("Disputes shall be referred to the London Court of International Arbitration.").isEmpty());
    assertTrue(venue("Licensee shall not contest in any jurisdiction or venue the right or title of Licensor.").isEmpty());
    assertTrue(venue("ANY ACTION SHALL BE BROUGHT IN ACCORDANCE WITH SECTION 12.").isEmpty());
  }

  @Test
  void theSourceIsTheSentencesWords() {
    String text = "12. Venue. Each party submits to the exclusive jurisdiction of the courts of the State of New York.";
    Venue v = venue(text).orElseThrow();
    assertTrue(text.substring(v.source().start(), v.source().end()).startsWith("courts of the State of New York"),
        text.substring(v.source().start(), v.source().end()));
  }
}

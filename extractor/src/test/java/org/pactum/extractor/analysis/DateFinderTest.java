package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.DateMention;

class DateFinderTest {

  private final DateFinder finder = new DateFinder();

  private List<LocalDate> dates(String text) {
    return finder.find(text).stream().map(DateMention::date).toList();
  }

  @Test
  void everyWrittenForm() {
    LocalDate jan1 = LocalDate.of(2020, 1, 1);
    for (String text : List.of("the 1st day of January, 2020", "January 1st, 2020", "1/1/2020", "2020-01-01",
        "1 January 2020", "Jan. 1, 2020", "this first day of January 2020", "01/01/2020", "1st January, 2020")) {
      assertEquals(List.of(jan1), dates("made on " + text + " by"), text);
    }
    assertEquals(List.of(LocalDate.of(2021, 6, 14)), dates("the fourteenth day of June, 2021"));
    assertEquals(List.of(LocalDate.of(2019, 3, 23)), dates("this twenty-third day of March, 2019"));
    assertEquals(List.of(LocalDate.of(2023, 10, 2)), dates("Oct. 2, 2023"));
  }

  @Test
  void partialAndImpossibleDatesAreNotDates() {
    assertEquals(List.of(), dates("as of the date last signed below"));
    assertEquals(List.of(), dates("January 2020"));
    assertEquals(List.of(), dates("the ____ day of __________, 2020"));
    assertEquals(List.of(), dates("February 30, 2021"));
    assertEquals(List.of(), dates("13/45/2020"));
  }

  @Test
  void spansPointAtTheDate() {
    String text = "Dated as of March 5, 2018, between";
    DateMention m = finder.find(text).get(0);
    assertEquals("March 5, 2018", text.substring(m.start(), m.end()));
  }
}

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
        "1 January 2020", "Jan. 1, 2020", "this first day of January 2020", "01/01/2020", "1st January, 2020", "1-Jan-2020",
        "the 1st day of January, A.D. 2020")) {
      assertEquals(List.of(jan1), dates("made on " + text + " by"), text);
    }
    assertEquals(List.of(LocalDate.of(2021, 6, 14)), dates("the fourteenth day of June, 2021"));
    assertEquals(List.of(LocalDate.of(2019, 3, 23)), dates("this twenty-third day of March, 2019"));
    assertEquals(List.of(LocalDate.of(2023, 10, 2)), dates("Oct. 2, 2023"));
  }

  @Test
  void everyMonthAndOrdinalWordInAnyCaseIsReadAsTheScanStartsAtTheirFirstLetters() {
    String[] months = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December"};
    for (int m = 0; m < 12; m++) {
      LocalDate want = LocalDate.of(2021, m + 1, 3);
      assertEquals(List.of(want), dates("on " + months[m] + " 3, 2021"), months[m]);
      assertEquals(List.of(want), dates("ON " + months[m].toUpperCase(java.util.Locale.ROOT) + " 3, 2021"), months[m]);
      assertEquals(List.of(want), dates("on " + months[m].substring(0, 3) + ". 3, 2021"), months[m]);
      assertEquals(List.of(want), dates("this third day of " + months[m] + ", 2021"), months[m]);
    }
    String[] ordinals = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
        "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first"};
    for (int d = 0; d < ordinals.length; d++) {
      assertEquals(List.of(LocalDate.of(2021, 1, d + 1)), dates("this " + ordinals[d] + " day of January, 2021"), ordinals[d]);
      assertEquals(List.of(LocalDate.of(2021, 1, d + 1)), dates("THIS " + ordinals[d].toUpperCase(java.util.Locale.ROOT)
          + " DAY OF JANUARY, 2021"), ordinals[d]);
    }
  }

  @Test
  void looseLayoutsTwoDigitYearsAndDayFirstNumbers() {
    assertEquals(List.of(LocalDate.of(1999, 6, 1)), dates("shall begin on June 1,1999 and"));
    assertEquals(List.of(LocalDate.of(2010, 4, 15)), dates("dated April 15 , 2010"));
    assertEquals(List.of(LocalDate.of(2014, 8, 18)), dates("this 18t h day of August 2014"));
    assertEquals(List.of(LocalDate.of(1998, 7, 1)), dates("effective 7/1/98 (\"Effective Date\")"));
    assertEquals(List.of(LocalDate.of(2010, 11, 4)), dates("Date: 11/4/10"));
    assertEquals(List.of(LocalDate.of(2005, 7, 13)), dates("signed 13/07/2005"));
    // full stops are the European way, day first
    assertEquals(List.of(LocalDate.of(2020, 2, 1)), dates("signed in Zurich on 01.02.2020"));
    assertEquals(List.of(LocalDate.of(2020, 12, 31)), dates("valid until 31.12.2020"));
    assertEquals(List.of(), dates("Section 4/2/1 applies"));
    // the text layer splits a suffix from its number, or runs a date into the word before it
    assertEquals(List.of(LocalDate.of(2009, 3, 2)), dates("signed as of this 2 nd day of March 2009, by"));
    assertEquals(List.of(LocalDate.of(2021, 6, 5)), dates("made and effective as of5 June 2021, by"));
    assertEquals(List.of(), dates("see Form10 January 2019"));
    // dashes and a two-digit year only after a label: elsewhere it is a section of a statute
    assertEquals(List.of(LocalDate.of(1997, 4, 9)), dates("Date: 4-9-97"));
    assertEquals(List.of(), dates("contrary to Section 12-05-03 of the Code"));
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

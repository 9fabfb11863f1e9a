package org.pactum.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.pactum.indexer.dates.DateInput;
import org.pactum.indexer.dates.KeyDate;

class KeyDateCalendarTest {

  private static final Instant STAMP = Instant.parse("2026-01-02T03:04:05Z");

  @Test
  void aCalendarWithoutDatesIsStillAValidCalendar() throws Exception {
    Calendar calendar = parse(KeyDateCalendar.write(List.of(), null, STAMP));

    ValidationResult result = calendar.validate();
    assertFalse(result.hasErrors(), result.toString());
    assertEquals(List.of(), calendar.getComponents(Component.VEVENT));
    assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
  }

  @Test
  void eachDateIsOneValidEventAndTheCalendarHoldsNoTimeZone() throws Exception {
    KeyDate expires = new KeyDate("c1-expiration", "c1", "Supply Agreement", "supply.pdf", KeyDate.Kind.EXPIRATION,
        LocalDate.of(2027, 3, 31), "Expires: Supply Agreement", "as written",
        List.of(new DateInput("expiration date", "2027-03-31", "term-rules", "c1", 2, 10, 40)), false, "c1", 2, 10, 40);

    Calendar calendar = parse(KeyDateCalendar.write(List.of(expires), "http://localhost/doc?id={id}", STAMP));

    assertFalse(calendar.validate().hasErrors(), calendar.validate().toString());
    assertEquals(1, calendar.getComponents(Component.VEVENT).size());
    assertEquals(List.of(), calendar.getComponents(Component.VTIMEZONE));
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }
}

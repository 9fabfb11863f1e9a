package org.pactum.server.export;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.jspecify.annotations.Nullable;
import org.pactum.indexer.dates.DateInput;
import org.pactum.indexer.dates.KeyDate;

/**
 * Key dates as an iCalendar file (RFC 5545), written with ical4j: one all-day event per date. The
 * event's UID is the key date's stable uid, so a calendar that imports the file again updates its
 * events instead of adding copies; the description holds how the date was worked out and where.
 * With no dates the file holds the UTC time zone alone: RFC 5545 wants at least one component, and a
 * calendar client may refuse a calendar without one.
 */
public final class KeyDateCalendar {

  private static final String UID_DOMAIN = "@pactum";

  private KeyDateCalendar() {}

  /**
   * @param documentLink the address of a document's page with {@code {id}} for its id, or null for no links
   */
  public static String write(List<KeyDate> dates, @Nullable String documentLink, Instant stamp) throws IOException {
    Calendar calendar = new Calendar()
        .withProdId("-//Pactum//Key dates//EN")
        .withDefaults()
        .getFluentTarget();
    for (KeyDate d : dates) {
      VEvent event = new VEvent(d.date(), d.summary());
      event.add(new Uid(d.uid() + UID_DOMAIN));
      event.replace(new DtStamp(stamp));
      event.add(new Categories(d.kind().label()));
      StringBuilder description = new StringBuilder(d.derivation()).append("\n\nWorked out from:");
      for (DateInput input : d.inputs()) {
        description.append("\n- ").append(input.describe());
        if (documentLink != null) {
          description.append(": ").append(sourceLink(documentLink, input.contractId(), input.start(), input.end()));
        }
      }
      description.append("\n\nSource: ").append(d.fileName()).append(", page ").append(d.page()).append('.');
      if (documentLink != null) {
        String link = sourceLink(documentLink, d.sourceContractId(), d.start(), d.end());
        description.append("\n").append(link);
        event.add(new Url(URI.create(link)));
      }
      event.add(new Description(description.toString()));
      calendar.add(event);
    }
    if (dates.isEmpty()) {
      calendar.add(utc());
    }
    StringWriter out = new StringWriter();
    new CalendarOutputter(true).output(calendar, out);
    return out.toString();
  }

  /** The UTC time zone, the one component of a calendar with no dates. */
  private static VTimeZone utc() {
    Standard standard = new Standard();
    standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
    standard.add(new TzOffsetFrom(ZoneOffset.UTC));
    standard.add(new TzOffsetTo(ZoneOffset.UTC));
    VTimeZone zone = new VTimeZone();
    zone.add(new TzId("UTC"));
    zone.add(standard);
    return zone;
  }

  /** The web app's page for the contract, opened with the given words highlighted. */
  private static String sourceLink(String documentLink, String contractId, int start, int end) {
    return documentLink.replace("{id}", contractId) + "&start=" + start + "&end=" + end;
  }
}

package app.kith.isolation;

import app.kith.account.AppPasswords;
import app.kith.account.Accounts;
import app.kith.account.NewAppPassword;
import app.kith.agenda.Calendars;
import app.kith.agenda.NewCalendar;
import app.kith.dupes.Duplicates;
import app.kith.feed.CalendarFeed;
import app.kith.web.WebSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Account A, with one of everything a route can name: people, a circle, a touchpoint, an ask, an
 * introduction, a reminder, a key date, a message template, a deleted batch, a merge, an app password, a
 * token, a calendar, an import job, an ignored address, a calendar link it has since replaced.
 * Every text of A's carries {@link #MARK}, so a page showing any of it is caught.
 */
record Owner(long accountId, String email, Map<String, String> ids, String appPassword, String deadFeedToken) {

    static final String MARK = "Quillfeather";

    static Owner make(int port, Accounts accounts, AppPasswords appPasswords, Calendars calendars, CalendarFeed feed,
                      Duplicates duplicates) {
        String email = "quillfeather-" + UUID.randomUUID() + "@example.com";
        long id = accounts.create(email, WebSession.PASSWORD).account().id();
        Http a = Http.bearer(port, accounts.newToken(id, MARK + " token").secret());
        LocalDate today = LocalDate.now();
        Map<String, String> ids = new LinkedHashMap<>();

        ids.put("circle", a.json("POST", "/api/v1/circles", "{\"name\": \"" + MARK + " Circle\", \"rhythmDays\": 7}")
                .get("id").asString());
        String person = person(a, "Zelda " + MARK, "zelda@a-mail.example", today);
        String other = person(a, "Yusuf " + MARK, "yusuf@a-mail.example", today);
        ids.put("person", person);
        ids.put("other", other);
        ids.put("touchpoint", a.json("POST", "/api/v1/people/" + person + "/touchpoints",
                "{\"note\": \"" + MARK + " private note\", \"on\": \"" + today.minusDays(3) + "\"}").get("id").asString());
        ids.put("ask", a.json("POST", "/api/v1/asks", "{\"personId\": " + person + ", \"text\": \"" + MARK + " favour\"}")
                .get("id").asString());
        ids.put("introduction", a.json("POST", "/api/v1/introductions", "{\"personA\": " + person + ", \"personB\": "
                + other + ", \"reason\": \"" + MARK + " reason\"}").get("id").asString());
        ids.put("reminder", a.json("POST", "/api/v1/people/" + person + "/reminders", "{\"on\": \"" + today.plusDays(5)
                + "\", \"text\": \"" + MARK + " reminder\"}").get("id").asString());
        ids.put("keyDate", a.json("POST", "/api/v1/people/" + person + "/dates",
                "{\"label\": \"" + MARK + " day\", \"on\": \"2000-05-06\", \"yearly\": true}").get("id").asString());
        ids.put("template", a.json("POST", "/api/v1/message-templates", "{\"kind\": \"check-in\", \"name\": \"" + MARK
                + " template\", \"body\": \"" + MARK + " hello {first name}\"}").get("id").asString());
        String gone = person(a, "Xena " + MARK, "xena@a-mail.example", today);
        ids.put("batch", a.json("POST", "/api/v1/people/bulk", "{\"ids\": [" + gone + "], \"action\": \"delete\"}")
                .get("batch").asString());
        ids.put("pattern", a.json("POST", "/api/v1/mailbox/ignored", "{\"address\": \"news@a-mail.example\"}")
                .get("pattern").asString());
        ids.put("address", "yusuf@a-mail.example");
        NewAppPassword phone = appPasswords.create(id, MARK + " phone");
        ids.put("appPassword", String.valueOf(phone.appPassword().id()));
        ids.put("token", String.valueOf(accounts.newToken(id, MARK + " second token").token().id()));
        ids.put("calendar", String.valueOf(calendars.add(id, new NewCalendar("ical",
                "https://quillfeather.example/private.ics", null, null)).id()));
        String dead = feed.newLink(id).token();
        feed.newLink(id);
        long kept = Long.parseLong(person(a, "Vera " + MARK, "vera@a-mail.example", today));
        long merged = Long.parseLong(person(a, "Vera " + MARK + " Twin", "vera2@a-mail.example", today));
        duplicates.merge(id, kept, merged, today);
        ids.put("merge", String.valueOf(duplicates.merges(id).get(0).id()));
        ids.put("importJob", importJob(port, id, email));
        // Only an admin invites; the store's owner is one, and no one else may revoke its link.
        ids.put("invitation", String.valueOf(accounts.invitations().create(accounts.owner().id(), 7).invitation().id()));
        return new Owner(id, email, Map.copyOf(ids), phone.password(), dead);
    }

    Set<String> markers() {
        return Set.of(MARK, MARK.toLowerCase(java.util.Locale.ROOT));
    }

    String id(String kind) {
        return ids.get(kind);
    }

    private static String person(Http a, String name, String email, LocalDate today) {
        return a.json("POST", "/api/v1/people", "{\"name\": \"" + name + "\", \"emails\": [\"" + email
                + "\"], \"circles\": [\"" + MARK + " Circle\"], \"startedOn\": \"" + today.minusDays(30) + "\"}")
                .get("id").asString();
    }

    /** An import A started in the web app: its job's id is in the address it leads to. */
    private static String importJob(int port, long id, String email) {
        WebSession web = WebSession.signIn(port, id, email, WebSession.PASSWORD, false);
        web.get("/import");
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Walter " + MARK + "\r\nEND:VCARD\r\n";
        WebSession.Page started = web.upload("/import", Map.of("format", "vcard"), "file", "quill.vcf",
                card.getBytes(StandardCharsets.UTF_8));
        String location = started.location();
        if (!location.startsWith("/import/jobs/")) {
            throw new IllegalStateException("no import job: " + started);
        }
        return location.substring("/import/jobs/".length());
    }
}

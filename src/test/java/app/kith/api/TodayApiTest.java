package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@ServerTest
class TodayApiTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    Api api;
    LocalDate today;

    @BeforeEach
    void signUp() {
        api = Api.signUp(port, accounts);
        today = LocalDate.now(accounts.byId(api.accountId()).settings().timeZone());
    }

    long addDue(String name) {
        // Weekly and started a month ago: due three weeks back, so on Today.
        return api.post("/api/v1/people", "{\"name\": \"" + name + "\", \"rhythmDays\": 7, \"startedOn\": \""
                + today.minusDays(30) + "\"}").json().get("id").asLong();
    }

    JsonNode item(JsonNode plan, long personId) {
        return plan.get("items").valueStream().filter(i -> i.get("person").get("id").asLong() == personId)
                .findFirst().orElse(null);
    }

    @Test
    void aLoggedTouchpointChecksThePersonOffToday() {
        long id = addDue("Ada Lovelace");
        JsonNode before = item(api.get("/api/v1/today?date=" + today).json(), id);
        assertThat(before.get("done").asBoolean()).isFalse();
        assertThat(before.get("kind").asString()).isEqualTo("person");

        Api.Reply logged = api.post("/api/v1/people/" + id + "/touchpoints", """
                {"on": "%s", "channel": "coffee", "direction": "mutual", "note": "Talked engines"}
                """.formatted(today));
        assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
        assertThat(logged.json().get("channel").asString()).isEqualTo("coffee");

        JsonNode plan = api.get("/api/v1/today?date=" + today).json();
        JsonNode after = item(plan, id);
        assertThat(after.get("done").asBoolean()).isTrue();
        assertThat(after.get("action").asString()).isEqualTo("logged");
        assertThat(plan.get("done").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/people/" + id).json().get("lastTouchOn").asString()).isEqualTo(today.toString());
        assertThat(item(api.get("/api/v1/today?date=" + today.plusDays(1)).json(), id)).isNull();
    }

    @Test
    void everyItemHasTheSamePropertiesWhateverItsKindAndABirthdaySaysTheAge() {
        long due = addDue("Ada Lovelace");
        long bea = api.post("/api/v1/people", "{\"name\": \"Bea Birthday\", \"birthday\": \""
                + today.minusYears(36) + "\"}").json().get("id").asLong();
        long sam = api.post("/api/v1/people", "{\"name\": \"Sam Okafor\", \"rhythmDays\": 365}").json()
                .get("id").asLong();
        api.post("/api/v1/asks", "{\"personId\": " + sam + ", \"text\": \"an intro\", \"on\": \""
                + today.minusDays(9) + "\"}");

        JsonNode items = api.get("/api/v1/today").json().get("items");

        assertThat(items.valueStream().map(i -> i.get("kind").asString())).containsExactly("birthday", "ask", "person");
        for (JsonNode item : items) {
            assertThat(item.propertyNames()).as(item.get("kind").asString()).contains("kind", "person", "reason",
                    "dueOn", "early", "done", "action", "rhythmDays", "lastTouchOn", "overdueDays", "priority");
        }
        JsonNode birthday = item(api.get("/api/v1/today").json(), bea);
        assertThat(birthday.get("reason").asString()).isEqualTo("Birthday today (turns 36)");
        assertThat(birthday.get("turns").asInt()).isEqualTo(36);
        assertThat(birthday.get("rhythmDays").asInt()).as("the default rhythm").isEqualTo(30);
        assertThat(item(api.get("/api/v1/today").json(), sam).get("ask").get("text").asString()).isEqualTo("an intro");
        assertThat(item(api.get("/api/v1/today").json(), due).get("early").asBoolean()).isFalse();
    }

    @Test
    void aNewJobFromAReimportIsAJobChangeItemWithWhatChanged() {
        String header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
        api.send("POST", "/api/v1/imports/linkedin?circle=Monthly",
                header + "Ada,Lovelace,https://www.linkedin.com/in/ada,,Acme,Engineer,12 Mar 2024\n", "text/csv");
        api.send("POST", "/api/v1/imports/linkedin",
                header + "Ada,Lovelace,https://www.linkedin.com/in/ada,,Stripe,Staff Engineer,12 Mar 2024\n", "text/csv");

        JsonNode items = api.get("/api/v1/today").json().get("items");

        assertThat(items.size()).isEqualTo(1);
        JsonNode item = items.get(0);
        assertThat(item.get("kind").asString()).isEqualTo("job-change");
        assertThat(item.get("reason").asString())
                .isEqualTo("Ada moved from Engineer at Acme to Staff Engineer at Stripe: congratulate them?");
        assertThat(item.get("dueOn").asString()).isEqualTo(today.toString());
        assertThat(item.get("job").get("roleBefore").asString()).isEqualTo("Engineer");
        assertThat(item.get("job").get("company").asString()).isEqualTo("Stripe");
        assertThat(item.get("job").get("source").asString()).isEqualTo("LinkedIn import");
        assertThat(item.get("lastTouchOn").isNull()).isTrue();
        assertThat(item.propertyNames()).contains("kind", "person", "reason", "dueOn", "early", "done", "action",
                "rhythmDays", "lastTouchOn", "overdueDays", "priority");
        long id = item.get("person").get("id").asLong();
        api.post("/api/v1/people/" + id + "/skip", null);
        assertThat(api.get("/api/v1/today").json().get("items").get(0).get("action").asString()).isEqualTo("skipped");
        assertThat(api.get("/api/v1/message-templates?kind=congratulation").json().get(0).get("kind").asString())
                .isEqualTo("congratulation");
    }

    @Test
    void aTouchpointWithoutABodyIsAContactToday() {
        long id = addDue("Grace Hopper");

        JsonNode touchpoint = api.post("/api/v1/people/" + id + "/touchpoints", null).json();

        assertThat(touchpoint.get("on").asString()).isEqualTo(today.toString());
        assertThat(touchpoint.get("channel").asString()).isEqualTo("other");
        assertThat(touchpoint.get("direction").asString()).isEqualTo("out");
    }

    @Test
    void touchpointsAreListedNewestFirstInPages() {
        long id = addDue("Katherine Johnson");
        for (int daysAgo : new int[] {20, 3, 9}) {
            api.post("/api/v1/people/" + id + "/touchpoints", "{\"on\": \"" + today.minusDays(daysAgo) + "\"}");
        }

        JsonNode first = api.get("/api/v1/people/" + id + "/touchpoints?limit=2").json();
        JsonNode rest = api.get("/api/v1/people/" + id + "/touchpoints?limit=2&offset=2").json();

        assertThat(first.valueStream().map(t -> t.get("on").asString()))
                .containsExactly(today.minusDays(3).toString(), today.minusDays(9).toString());
        assertThat(rest.valueStream().map(t -> t.get("on").asString())).containsExactly(today.minusDays(20).toString());
    }

    @Test
    void aSkippedPersonIsCheckedOffTodayAndBackTomorrow() {
        long id = addDue("Margaret Hamilton");

        assertThat(api.post("/api/v1/people/" + id + "/skip", null).status()).isEqualTo(200);

        assertThat(item(api.get("/api/v1/today?date=" + today).json(), id).get("action").asString()).isEqualTo("skipped");
        assertThat(item(api.get("/api/v1/today?date=" + today.plusDays(1)).json(), id)).isNotNull();
    }

    @Test
    void aSnoozedPersonStaysAwayUntilTheDate() {
        long id = addDue("Hedy Lamarr");
        LocalDate until = today.plusDays(5);

        Api.Reply snoozed = api.post("/api/v1/people/" + id + "/snooze", "{\"until\": \"" + until + "\"}");

        assertThat(snoozed.json().get("snoozedUntil").asString()).isEqualTo(until.toString());
        assertThat(item(api.get("/api/v1/today?date=" + today).json(), id).get("action").asString()).isEqualTo("snoozed");
        assertThat(item(api.get("/api/v1/today?date=" + today.plusDays(2)).json(), id)).isNull();
        assertThat(item(api.get("/api/v1/today?date=" + until).json(), id)).isNotNull();
    }

    @Test
    void todayIsTheAccountsDayByDefaultAndHoldsAtMostItsCapacity() {
        api.patch("/api/v1/settings", "{\"capacity\": 2, \"timeZone\": \"Pacific/Kiritimati\"}");
        for (String name : new String[] {"A", "B", "C"}) {
            addDue(name);
        }
        LocalDate before = LocalDate.now(ZoneId.of("Pacific/Kiritimati"));

        JsonNode plan = api.get("/api/v1/today?more=1").json();

        assertThat(plan.get("date").asString()).isIn(before.toString(), LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString());
        assertThat(plan.get("capacity").asInt()).isEqualTo(2);
        assertThat(plan.get("items").size()).isEqualTo(2);
        assertThat(plan.get("more").size()).isEqualTo(1);
        assertThat(plan.get("backlog").asInt()).isEqualTo(1);
    }
}

package app.kith.isolation;

import app.kith.account.AppPasswords;
import app.kith.account.Accounts;
import app.kith.digest.Digests;
import app.kith.web.WebSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Account B: signed in to the web app, with an API token, an app password for CardDAV, and the
 * morning email's link of its own (the starting point of a forged one).
 */
record Intruder(long accountId, String email, WebSession web, Http api, String appPassword, String ownLink) {

    private static final Pattern LINK = Pattern.compile("[?&]t=([A-Za-z0-9_.-]+)");

    static Intruder make(int port, Accounts accounts, AppPasswords appPasswords, Digests digests) {
        String email = "intruder-" + UUID.randomUUID() + "@example.com";
        long id = accounts.create(email, WebSession.PASSWORD).account().id();
        WebSession web = WebSession.signIn(port, id, email, WebSession.PASSWORD, false);
        web.get("/today");
        String unsubscribe = digests.compose(accounts.byId(id), LocalDate.now()).unsubscribeUrl();
        Matcher link = LINK.matcher(unsubscribe);
        if (!link.find()) {
            throw new IllegalStateException("no signed link in " + unsubscribe);
        }
        return new Intruder(id, email, web, Http.bearer(port, accounts.newToken(id, "b").secret()),
                appPasswords.create(id, "b's phone").password(), link.group(1));
    }

    /**
     * B's own signed link with its content changed to name A's account (and A's person): the
     * signature is B's, the content A's.
     */
    String forgedLink(String action, long accountId, String personId) {
        String signature = ownLink.substring(ownLink.indexOf('.') + 1);
        String payload = action + "." + accountId + "." + personId + ".." + (System.currentTimeMillis() / 1000 + 86_400);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.US_ASCII))
                + "." + signature;
    }

    RouteIsolation.Reply send(Routes.Call call) {
        if (call.api()) {
            String query = call.params().isEmpty() ? "" : "?" + form(call.params());
            HttpResponse<String> r = api.send(call.method(), call.path() + query, call.json(), "application/json");
            return new RouteIsolation.Reply(r.statusCode(), r.headers().firstValue("Location").orElse(""),
                    r.body());
        }
        WebSession.Page page = switch (call.method()) {
            case "GET" -> web.get(call.path() + (call.params().isEmpty() ? "" : "?" + form(call.params())));
            case "POST" -> web.post(call.path(), call.params());
            default -> throw new IllegalStateException("the web app has no " + call.method() + " route: " + call);
        };
        return new RouteIsolation.Reply(page.status(), page.location(), page.body());
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}

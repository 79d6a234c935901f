package app.kith.isolation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What B sends to each route: A's ids in the path, in the form or query, and in the JSON body,
 * all found from the handler method itself (its path variables, request parameters and body
 * type). A's ids are known by the variable's name, or for {@code {id}} by the segment before it.
 */
final class Routes {

    /** A path variable's name → the kind of A's thing it names. */
    static final Map<String, String> NAMED = Map.of("personId", "person", "askId", "ask", "introId", "introduction",
            "touchpointId", "touchpoint", "reminderId", "reminder", "dateId", "keyDate", "batch", "batch",
            "address", "address", "pattern", "pattern");

    /** For {@code {id}}: the path segment before it → the kind of A's thing. */
    static final Map<String, String> AFTER = Map.ofEntries(Map.entry("people", "person"), Map.entry("circles", "circle"),
            Map.entry("introductions", "introduction"), Map.entry("asks", "ask"), Map.entry("touchpoints", "touchpoint"),
            Map.entry("reminders", "reminder"), Map.entry("calendars", "calendar"), Map.entry("phones", "appPassword"),
            Map.entry("app-passwords", "appPassword"), Map.entry("tokens", "token"), Map.entry("messages", "template"),
            Map.entry("message-templates", "template"), Map.entry("jobs", "importJob"), Map.entry("merges", "merge"),
            Map.entry("log", "touchpoint"), Map.entry("{kind}", "circle"), Map.entry("invitations", "invitation"));

    /** Request parameters (form or query) that name a person, and the one of A's they are given. */
    private static final Map<String, String> ID_PARAMS = Map.ofEntries(Map.entry("personId", "person"),
            Map.entry("otherId", "other"), Map.entry("other", "other"), Map.entry("keep", "person"),
            Map.entry("merged", "other"), Map.entry("except", "other"), Map.entry("deleted", "person"),
            Map.entry("seekerId", "person"), Map.entry("touchpoint", "touchpoint"), Map.entry("ask", "ask"),
            Map.entry("introduction", "introduction"));

    /** Routes that are the framework's, not Kith's. */
    private static final Set<String> NOT_KITH = Set.of("/error");

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** What stands for A's things in a request about nothing at all: ids no account has. */
    private static final Map<String, String> NOTHING = Map.of("address", "nobody@nowhere.example", "pattern",
            "nobody@nowhere.example", "importJob", "no-such-job", "batch", "999999999999");

    private final Owner a;
    private final Intruder b;
    private final boolean ghost;

    Routes(Owner a, Intruder b) {
        this(a, b, false);
    }

    private Routes(Owner a, Intruder b, boolean ghost) {
        this.a = a;
        this.b = b;
        this.ghost = ghost;
    }

    /** The same routes with ids that are nobody's where these name A's things. */
    Routes ofNothing() {
        return new Routes(a, b, true);
    }

    private String id(String kind) {
        String value = a.id(kind);
        return value == null || !ghost ? value : NOTHING.getOrDefault(kind, "987654321");
    }

    sealed interface Fill permits Filled, Unfillable {
    }

    /** A path with A's values in it; {@code namesA}: something of A's is in it, so it must be refused. */
    record Filled(String path, boolean namesA) implements Fill {
    }

    record Unfillable(String variable, String message) implements Fill {
    }

    /**
     * One request of B's. {@code refusals}: the statuses that refuse it, when the request names
     * something of A's (empty: anything but a server error, so long as nothing of A's shows).
     */
    record Call(String method, String pattern, String path, boolean api, Map<String, String> params, String json,
                Set<Integer> refusals) {

        /**
         * What is wrong with B's answer. Where the request names A's thing and the answer is no
         * refusal (a form's checks ran before the lookup, an idempotent delete), it must be the very
         * answer a request naming nothing gets: then it tells nothing of A's.
         */
        List<String> problems(RouteIsolation.Reply reply, Supplier<RouteIsolation.Reply> nothing,
                              Set<String> markers, List<String> sameAsNothing) {
            List<String> problems = new ArrayList<>();
            String what = method + " " + path + " " + params + (json == null ? "" : " " + json) + " → " + reply.status();
            // 502 is the mail server's refusal of B's own test email, as documented
            if (reply.status() >= 500 && reply.status() != 502) {
                problems.add(what + ": a server error " + snippet(reply.body()));
            } else if (!refusals.isEmpty() && !refusals.contains(reply.status())) {
                int otherwise = nothing.get().status();
                if (otherwise != reply.status()) {
                    problems.add(what + ": names A's thing, so should be one of " + refusals + " as for nothing ("
                            + otherwise + ") " + snippet(reply.body()));
                } else {
                    sameAsNothing.add(what);
                }
            }
            for (String marker : markers) {
                if (reply.body().contains(marker) || reply.location().contains(marker)) {
                    problems.add(what + ": shows A's data (" + marker + ") " + snippet(reply.body()));
                }
            }
            return problems;
        }

        private static String snippet(String body) {
            return body.substring(0, Math.min(200, body.length())).replaceAll("\\s+", " ");
        }
    }

    /** Every call of every route; a route this class cannot fill fails here with what to add. */
    List<Call> calls(Map<RequestMappingInfo, HandlerMethod> handlers) {
        List<Call> calls = new ArrayList<>();
        List<String> unfillable = new ArrayList<>();
        handlers.forEach((info, handler) -> {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(
                            java.util.stream.Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                if (NOT_KITH.contains(pattern)) {
                    continue;
                }
                Fill fill = fill(pattern);
                if (fill instanceof Unfillable u) {
                    unfillable.add(pattern + ": " + u.message());
                } else if (fill instanceof Filled f) {
                    for (String method : methods) {
                        calls.add(call(method, pattern, f, handler));
                    }
                }
            }
        });
        if (!unfillable.isEmpty()) {
            throw new AssertionError("Routes the isolation test cannot call yet:\n" + String.join("\n", unfillable));
        }
        return calls;
    }

    Fill fill(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        boolean namesA = false;
        while (m.find()) {
            String variable = m.group(1).replaceFirst(":.*", "");
            String value;
            if (variable.equals("format")) {
                value = "vcard";
            } else if (variable.equals("kind")) {
                value = "circle"; // the trash's kind of thing: the {id} after it is A's circle's
            } else if (variable.equals("token")) {
                value = a.deadFeedToken(); // the feed link A replaced: dead, for B as for anyone
                namesA = true;
            } else {
                String before = pattern.substring(0, m.start()).replaceFirst("/$", "");
                String segment = before.substring(before.lastIndexOf('/') + 1);
                String kind = variable.equals("id") ? AFTER.get(segment) : NAMED.get(variable);
                if (kind == null || id(kind) == null) {
                    return new Unfillable("{" + variable + "}", "add what A's value of {" + variable
                            + "} is to Routes.NAMED (or its segment '" + segment + "' to Routes.AFTER)");
                }
                value = id(kind);
                namesA = true;
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return new Filled(path.toString(), namesA);
    }

    private Call call(String method, String pattern, Filled filled, HandlerMethod handler) {
        Map<String, String> params = new LinkedHashMap<>();
        String json = null;
        boolean signedLink = false;
        for (MethodParameter p : handler.getMethodParameters()) {
            p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
                        : p.getParameterName();
                String value = param(name, pattern);
                Class<?> type = p.getParameterType();
                if (type == long.class || type == Long.class || type == int.class || type == Integer.class) {
                    value = value != null && value.matches("\\d+") ? value : param.required()
                            && param.defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)
                            ? "1" : null;
                }
                if (value != null) {
                    params.put(name, value);
                    signedLink |= name.equals("t");
                }
            }
            if (p.hasParameterAnnotation(RequestBody.class) && p.getParameterType().isRecord()) {
                json = body(p.getGenericParameterType(), p.getParameterName(), 0).toString();
            }
        }
        boolean api = pattern.startsWith("/api/");
        if (api && json == null && Set.of("POST", "PUT", "PATCH").contains(method)) {
            json = pattern.contains("touchpoints") ? "{\"note\": \"sneaky\"}" : "{\"name\": \"Taken Over\"}";
        }
        Set<Integer> refusals = filled.namesA() ? Set.of(403, 404)
                // a signed link that does not hold is refused as the link's own page says: not valid
                : signedLink ? Set.of(400) : Set.of();
        return new Call(method, pattern, filled.path(), api, params, json, refusals);
    }

    /** A request parameter's value: A's id where it names a person or circle, else something plausible. */
    private String param(String name, String pattern) {
        if (ID_PARAMS.containsKey(name)) {
            return id(ID_PARAMS.get(name));
        }
        return switch (name) {
            case "ids" -> id("person");
            case "circle" -> id("circle");
            case "t" -> b.forgedLink(pattern.contains("unsubscribe") ? "unsubscribe" : "done", a.accountId(),
                    pattern.contains("unsubscribe") ? "0" : id("person"));
            case "token" -> id("importJob");
            case "on", "date" -> LocalDate.now().toString();
            default -> text(name);
        };
    }

    /**
     * Text that passes a form's checks (so a handler that checks its input before it looks the
     * thing up gets as far as looking), or null for what this test has no value for.
     */
    private static String text(String name) {
        return switch (name) {
            case "name" -> "Taken Over";
            case "note", "text", "body", "reason", "label" -> "sneaky";
            case "answer" -> "yes";
            case "step" -> "asked";
            case "kind" -> "check-in";
            case "channel" -> "call";
            case "direction" -> "out";
            default -> null;
        };
    }

    /** A JSON body of the handler's body type, with A's ids wherever it holds an id. */
    private tools.jackson.databind.JsonNode body(Type type, String name, int depth) {
        Class<?> raw = type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : (Class<?>) type;
        if (raw.isRecord() && depth < 3) {
            ObjectNode node = Http.JSON.createObjectNode();
            for (RecordComponent c : raw.getRecordComponents()) {
                node.set(c.getName(), body(c.getGenericType(), c.getName(), depth + 1));
            }
            return node;
        }
        if (List.class.isAssignableFrom(raw)) {
            ArrayNode list = Http.JSON.createArrayNode();
            tools.jackson.databind.JsonNode element = body(((ParameterizedType) type).getActualTypeArguments()[0], name,
                    depth + 1);
            return element.isNull() ? list : list.add(element);
        }
        if (raw == Long.class || raw == long.class) {
            String kind = name.startsWith("personB") ? "other" : name.toLowerCase().contains("person")
                    || name.equals("ids") ? "person" : null;
            return kind == null ? Http.JSON.getNodeFactory().numberNode(7)
                    : Http.JSON.getNodeFactory().numberNode(Long.parseLong(id(kind)));
        }
        if (raw == Integer.class || raw == int.class) {
            return Http.JSON.getNodeFactory().numberNode(7);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return Http.JSON.getNodeFactory().booleanNode(false);
        }
        if (raw == LocalDate.class) {
            return Http.JSON.getNodeFactory().stringNode((name.equals("until") ? LocalDate.now().plusDays(9)
                    : LocalDate.now()).toString());
        }
        if (raw == String.class) {
            String value = text(name);
            return value == null ? Http.JSON.getNodeFactory().nullNode() : Http.JSON.getNodeFactory().stringNode(value);
        }
        ObjectNode node = Http.JSON.createObjectNode();
        node.put("name", "Taken Over");
        return node;
    }
}

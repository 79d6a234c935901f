package app.kith.web.person;

import java.util.Map;

/**
 * The log-a-touchpoint form of a person's page: the form as typed (or fresh), the latest day it
 * allows, what is wrong by field, and what was just logged (or null).
 */
public record LogView(long personId, TouchpointForm form, String today, Map<String, String> errors, String status) {
}

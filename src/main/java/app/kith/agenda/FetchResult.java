package app.kith.agenda;

/**
 * What one fetch of a calendar did: the meetings read in the window, the touchpoints it added (past
 * meetings with people in Kith, each once), the coming meetings with people in Kith it now knows,
 * and the error when it failed (then nothing else changed).
 */
public record FetchResult(long calendarId, int meetings, int added, int upcoming, String error) {

    public boolean failed() {
        return error != null;
    }
}

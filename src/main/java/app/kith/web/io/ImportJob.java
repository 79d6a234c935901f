package app.kith.web.io;

import app.kith.io.ImportResult;

/**
 * An import job as the page shows it: its stage, how far (a fraction, -1 when unknown), and its
 * end: a result, or an error with the field it belongs next to.
 */
record ImportJob(String id, long accountId, String fileName, boolean applying, String stage, double done,
                 ImportResult result, String error, String errorField) {

    boolean finished() {
        return result != null || error != null;
    }
}

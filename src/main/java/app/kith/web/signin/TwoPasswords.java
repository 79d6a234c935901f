package app.kith.web.signin;

import app.kith.Checks;
import app.kith.account.Accounts;

/** The sign-up and first-run forms ask for the password twice: the two must be the same. */
final class TwoPasswords {

    private TwoPasswords() {
    }

    /**
     * Refuses two passwords that differ, together with whatever else is wrong with the email and
     * password, so the form shows every error at once; the account's own checks do the rest.
     */
    static void check(Accounts accounts, String email, String password, String again) {
        if (!password.equals(again)) {
            Checks checks = new Checks();
            checks.refuse("again", "The two passwords differ.");
            checks.run(() -> accounts.checkSignIn(email, password));
            checks.done();
        }
    }
}

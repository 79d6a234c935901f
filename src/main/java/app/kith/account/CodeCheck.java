package app.kith.account;

/** The second step of a sign-in: a code from the app, a recovery code (now used up), or neither. */
public enum CodeCheck {
    CODE, RECOVERY_CODE, REFUSED;

    public boolean accepted() {
        return this != REFUSED;
    }
}

package app.kith.account;

import java.time.Instant;

/** Whether sign-in asks for a code ({@code since}: when that began, null when off), and how many recovery codes are left. */
public record TwoFactorStatus(boolean on, Instant since, int recoveryCodesLeft) {
}

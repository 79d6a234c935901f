package app.kith.intro;

import java.time.LocalDate;

/** An introduction to propose, as typed: two people of the account (ids), why (required), and when (default today). */
public record NewIntroduction(Long personA, Long personB, String reason, LocalDate on) {
}

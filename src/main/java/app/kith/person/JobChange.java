package app.kith.person;

import java.time.LocalDate;

/**
 * Someone's new job, as a file told it: their role and company before and after (a field that did
 * not change is the same on both sides), the day it was learnt and from what. For Today's
 * congratulation.
 */
public record JobChange(long personId, String name, LocalDate on, String roleBefore, String roleAfter,
                        String companyBefore, String companyAfter, String source, String sentence) {
}

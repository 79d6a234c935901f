package app.kith.io;

import app.kith.Invalid;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * LinkedIn's {@code messages.csv} as its data export writes it: a header line {@code CONVERSATION
 * ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,
 * FOLDER}, quoted fields (a message's content may hold line breaks) and dates like
 * {@code 2024-03-05 14:22:10 UTC}. The content is never kept: only who wrote to whom, and when.
 */
final class LinkedInMessagesReader {

    /** One message: its conversation, sender, recipients (names and profile addresses) and day (UTC). */
    record Message(int line, String conversation, String from, String fromUrl, List<String> to, List<String> toUrls,
                   LocalDate day) {
    }

    private static final List<String> NEEDED = List.of("CONVERSATION ID", "FROM", "SENDER PROFILE URL", "TO",
            "RECIPIENT PROFILE URLS", "DATE");
    private static final String WHAT = "a LinkedIn messages export (messages.csv)";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss z", Locale.ROOT);

    private LinkedInMessagesReader() {
    }

    /** Every message of the file; a file or line that is not what LinkedIn writes is Invalid, naming the line. */
    static List<Message> read(InputStream in) {
        List<Message> messages = new ArrayList<>();
        TextInput text = TextInput.utf8(in);
        TextInput.guard(WHAT, () -> {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
            try (CSVParser csv = CSVParser.builder().setReader(text).setFormat(format).get()) {
                List<String> header = csv.getHeaderNames().stream().map(h -> h.strip().toUpperCase(Locale.ROOT)).toList();
                if (!text.sawAnything()) {
                    throw new Invalid("file", "The file is empty: export your messages from LinkedIn (Settings → Data"
                            + " privacy → Get a copy of your data → Messages) and use messages.csv");
                }
                if (!header.containsAll(NEEDED)) {
                    throw new Invalid("file", "The file is not " + WHAT + ": its first line must name the columns "
                            + String.join(",", NEEDED) + " (it has " + String.join(",", csv.getHeaderNames()) + ")");
                }
                long ended = 1;
                for (CSVRecord row : csv) {
                    if (!draft(row, header)) {
                        messages.add(message(row, header, (int) ended + 1));
                    }
                    ended = csv.getCurrentLineNumber();
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new Invalid("file", "The file is not " + WHAT + " (line " + text.line() + "): " + e.getMessage()
                        + "; nothing was imported");
            }
        });
        return messages;
    }

    private static Message message(CSVRecord row, List<String> header, int line) {
        String conversation = cell(row, header, "CONVERSATION ID");
        String from = cell(row, header, "FROM");
        String fromUrl = cell(row, header, "SENDER PROFILE URL");
        String date = cell(row, header, "DATE");
        if (conversation.isEmpty()) {
            throw bad(line, "it has no CONVERSATION ID");
        }
        if (from.isEmpty() && fromUrl.isEmpty()) {
            throw bad(line, "it has no sender (FROM and SENDER PROFILE URL are empty)");
        }
        LocalDate day;
        try {
            day = ZonedDateTime.parse(date, DATE).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw bad(line, "DATE \"" + date + "\" is not a date like 2024-03-05 14:22:10 UTC");
        }
        return new Message(line, conversation, from, fromUrl, list(cell(row, header, "TO")),
                list(cell(row, header, "RECIPIENT PROFILE URLS")), day);
    }

    /** A draft was never sent: no contact. Older exports say it in FOLDER, newer ones in IS MESSAGE DRAFT. */
    private static boolean draft(CSVRecord row, List<String> header) {
        String flag = cell(row, header, "IS MESSAGE DRAFT").toLowerCase(Locale.ROOT);
        return cell(row, header, "FOLDER").equalsIgnoreCase("DRAFT") || flag.equals("yes") || flag.equals("true");
    }

    private static Invalid bad(int line, String why) {
        return new Invalid("file", "Line " + line + " of the file: " + why + "; nothing was imported");
    }

    private static String cell(CSVRecord row, List<String> header, String column) {
        int i = header.indexOf(column);
        return i >= 0 && i < row.size() ? row.get(i).strip() : "";
    }

    /** Recipients are written comma-separated in one cell. */
    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}

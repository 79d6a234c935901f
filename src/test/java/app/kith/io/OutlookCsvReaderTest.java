package app.kith.io;

import static app.kith.io.CsvSinkForTest.assertRefused;
import static app.kith.io.CsvSinkForTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.person.PersonDraft;
import org.junit.jupiter.api.Test;

class OutlookCsvReaderTest {

    @Test
    void outlooksExportIsReadPastItsMarkWithEachRowsLine() {
        CsvSinkForTest heard = CsvSinkForTest.read(new OutlookCsvReader(), "/io/outlook/outlook.csv");

        assertThat(heard.contacts).extracting(Contact::line).containsExactly(2, 4, 5, 7);
        PersonDraft ada = heard.draft(0);
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.emails()).containsExactly("ada@example.com");
        assertThat(ada.phones()).as("mobile first, no fax")
                .containsExactly("+44 7700 900123", "+44 20 7946 0018", "+44 20 7946 0999");
        assertThat(ada.company()).isEqualTo("Analytical Engines, Ltd.");
        assertThat(ada.role()).isEqualTo("Analyst");
        assertThat(ada.location()).as("work before home").isEqualTo("London");
        assertThat(ada.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/ada-lovelace");
        assertThat(ada.birthday()).isEqualTo("1990-07-21");
        assertThat(ada.notes()).isEqualTo("Met at the \"Difference\" talk\nLikes: engines, poetry");

        PersonDraft jose = heard.draft(1);
        assertThat(jose.name()).isEqualTo("José María Núñez");
        assertThat(jose.location()).isEqualTo("Sevilla");
        assertThat(jose.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/jose-nunez");
        assertThat(jose.birthday()).as("0/0/00 is Outlook's none").isNull();

        PersonDraft noName = heard.draft(2);
        assertThat(noName.name()).isEqualTo("noname@example.com");
        assertThat(noName.birthday()).isEqualTo("1990-07-21");

        PersonDraft grace = heard.draft(3);
        assertThat(grace.emails()).as("an Exchange address is no email").containsExactly("grace@navy.example");
        assertThat(grace.phones()).containsExactly("+1 202 555 0100");
        assertThat(grace.birthday()).isEqualTo("1906-12-09");

        assertThat(heard.skipped).containsExactly(new Skipped(6, null, "no name, email or company"));
        assertThat(heard.contacts).as("0/0/00 says no birthday, nothing left out").allSatisfy(c ->
                assertThat(c.dropped()).isEmpty());
    }

    @Test
    void aBirthdayThatIsNoDateIsHandedOnAsLeftOutAndTheRowKept() {
        CsvSinkForTest heard = CsvSinkForTest.readText(new OutlookCsvReader(), """
                First Name,Last Name,E-mail Address,Mobile Phone,Birthday
                Ada,Lovelace,ada@example.com,,13/13/1990
                ,,,+1 202 555 0100,
                """);

        assertThat(heard.draft(0).birthday()).isNull();
        assertThat(heard.contacts.get(0).dropped()).containsExactly(
                new app.kith.person.Lenient.Dropped("birthday", "13/13/1990", "is not a date"));
        assertThat(heard.skipped).containsExactly(new Skipped(3, "+1 202 555 0100", "no name, email or company"));
    }

    @Test
    void theDesktopExportsCategoriesBecomeCircles() {
        CsvSinkForTest heard = CsvSinkForTest.readText(new OutlookCsvReader(), """
                "Title","First Name","Middle Name","Last Name","Suffix","Company","E-mail Address","E-mail Type",\
                "E-mail Display Name","Categories","Birthday"
                "","Ada","","Lovelace","","Engines","ada@example.com","SMTP","Ada (ada@example.com)",\
                "Clients;Friends; Book club","21/07/1990"
                "","","","","","","","","Grace Hopper","","1/1/1601"
                """);

        assertThat(heard.draft(0).circles()).containsExactly("Clients", "Friends", "Book club");
        assertThat(heard.draft(0).birthday()).as("a day past 12 comes first").isEqualTo("1990-07-21");
        assertThat(heard.draft(1).name()).isEqualTo("Grace Hopper");
        assertThat(heard.draft(1).birthday()).as("a year before 1900 is no year").isEqualTo("--01-01");
    }

    @Test
    void datesAsOutlookWritesThem() {
        assertThat(CsvBirthday.read("7/21/1990")).isEqualTo("1990-07-21");
        assertThat(CsvBirthday.read("7/21/90")).isEqualTo("1990-07-21");
        assertThat(CsvBirthday.read("3/4/05")).isEqualTo("2005-03-04");
        assertThat(CsvBirthday.read("1990-07-21")).isEqualTo("1990-07-21");
        assertThat(CsvBirthday.read(" --07-21")).isEqualTo("--07-21");
        assertThat(CsvBirthday.read("0/0/00")).isNull();
        assertThat(CsvBirthday.read("2/30/1990")).isNull();
        assertThat(CsvBirthday.read("soon")).isNull();
        assertThat(CsvBirthday.read("")).isNull();
    }

    @Test
    void filesThatAreNoOutlookExportAreRefusedNamingTheProblem() {
        OutlookCsvReader outlook = new OutlookCsvReader();
        assertRefused(outlook, new byte[0], "The file is not an Outlook contacts export (CSV): it is empty");
        assertRefused(outlook, new byte[] {0x50, 0x4b, 0x03, 0x04, 0x14, 0x00}, "binary file");
        assertRefused(outlook, utf8("\n\n"), "it has no header line");
        assertRefused(outlook, utf8("First Name,Last Name,Labels,E-mail 1 - Value\nAda,Lovelace,,\n"),
                "no line with the columns First Name,Last Name,E-mail Address");
    }
}

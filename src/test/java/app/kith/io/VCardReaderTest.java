package app.kith.io;

import static app.kith.io.VCardSinkForTest.read;
import static app.kith.io.VCardSinkForTest.readText;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.person.PersonDraft;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real exports, written after the vCard specs and the apps' own files, read into person drafts. */
class VCardReaderTest {

    @Test
    void readsAnAppleContactsExportAndDropsItsPhoto() {
        VCardSinkForTest read = read("apple-contacts-3.0.vcf");

        assertThat(read.contacts).extracting(Contact::line).containsExactly(1, 23, 34);
        assertThat(read.contacts).extracting(Contact::connectedOn).containsOnlyNulls();
        PersonDraft elodie = read.draft(0);
        assertThat(elodie.name()).isEqualTo("Élodie Lefèvre");
        assertThat(elodie.emails()).containsExactly("elodie@atelier-lumiere.fr", "e.lefevre@example.com");
        assertThat(elodie.phones()).containsExactly("+33 6 12 34 56 78");
        assertThat(elodie.company()).isEqualTo("Atelier Lumière");
        assertThat(elodie.role()).isEqualTo("Creative Director");
        assertThat(elodie.location()).isEqualTo("Paris");
        assertThat(elodie.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/elodie-lefevre");
        assertThat(elodie.birthday()).isEqualTo("--04-15");
        assertThat(elodie.notes()).isEqualTo("Met at the Lyon design week.\nLoves ceramics, jazz; and bikes.");
        assertThat(elodie.circles()).isEmpty();
        PersonDraft bjorn = read.draft(1);
        assertThat(bjorn.name()).isEqualTo("Bjørn Sørensen");
        assertThat(bjorn.birthday()).isEqualTo("1985-11-02");
        assertThat(bjorn.linkedinUrl()).isEqualTo("http://www.linkedin.com/in/bjornsorensen");
        assertThat(bjorn.circles()).containsExactly("Family");
        assertThat(read.draft(2).name()).isEqualTo("Straße & Söhne GmbH");
        assertThat(read.draft(2).company()).isEqualTo("Straße & Söhne GmbH");
    }

    @Test
    void aCardWithNoNameEmailOrCompanyIsSkippedWithItsLine() {
        VCardSinkForTest read = read("apple-contacts-3.0.vcf");

        assertThat(read.skipped).containsExactly(new Skipped(43, "+1 555 0100", "no name, email or company"));
    }

    @Test
    void readsAndroidQuotedPrintableInUtf8AndLatin1WithSoftLineBreaksAndDropsItsPhoto() {
        VCardSinkForTest read = read("android-2.1.vcf");

        assertThat(read.contacts).extracting(Contact::line).containsExactly(1, 17);
        PersonDraft joerg = read.draft(0);
        assertThat(joerg.name()).isEqualTo("Jörg Müller");
        assertThat(joerg.phones()).containsExactly("+49 170 1234567", "+49 89 7654321");
        assertThat(joerg.emails()).containsExactly("joerg.mueller@example.de");
        assertThat(joerg.company()).isEqualTo("Bäckerei Müller");
        assertThat(joerg.role()).isEqualTo("Owner");
        assertThat(joerg.notes()).isEqualTo("Bakes the best Brötchen in town. Call before 7 and ask about the Sauerteig.");
        assertThat(joerg.birthday()).isEqualTo("1972-03-09");
        PersonDraft renee = read.draft(1);
        assertThat(renee.name()).isEqualTo("Renée François");
        assertThat(renee.location()).isEqualTo("Montréal");
        assertThat(read.skipped).isEmpty();
    }

    @Test
    void readsAnOutlookCardWithACommaInTheName() {
        PersonDraft sean = read("outlook-2.1.vcf").draft(0);

        assertThat(sean.name()).isEqualTo("O'Brien, Seán");
        assertThat(sean.company()).isEqualTo("Contoso Ltd.");
        assertThat(sean.role()).isEqualTo("Account Manager");
        assertThat(sean.phones()).containsExactly("(425) 555-0101", "(425) 555-0199");
        assertThat(sean.emails()).containsExactly("sean.obrien@contoso.com");
        assertThat(sean.location()).isEqualTo("Redmond");
        assertThat(sean.birthday()).isEqualTo("1980-01-01");
    }

    @Test
    void readsGoogleCategoriesAsCirclesAndFallsBackToTheEmailForAName() {
        VCardSinkForTest read = read("google-3.0.vcf");

        assertThat(read.contacts).extracting(Contact::line).containsExactly(1, 17, 24);
        PersonDraft ana = read.draft(0);
        assertThat(ana.name()).isEqualTo("Ana María García");
        assertThat(ana.emails()).containsExactly("ana.garcia@example.com", "agarcia@example.org");
        assertThat(ana.location()).isEqualTo("Madrid");
        assertThat(ana.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/anamariagarcia");
        assertThat(ana.circles()).as("Google's system group is no circle").containsExactly("Clients");
        assertThat(read.draft(1).name()).isEqualTo("Smith, John");
        assertThat(read.draft(1).circles()).containsExactly("Running club", "Clients");
        assertThat(read.draft(2).name()).isEqualTo("no.name@example.com");
    }

    @Test
    void readsAVersion4BirthdayWithoutYearAndUnfoldsLines() {
        PersonDraft zoe = read("birthday-no-year-4.0.vcf").draft(0);

        assertThat(zoe.name()).isEqualTo("Zoë Ångström-Dvořák");
        assertThat(zoe.birthday()).isEqualTo("--04-15");
        assertThat(zoe.role()).isEqualTo("Research Fellow");
        assertThat(zoe.notes()).isEqualTo("A very long note that is folded across several lines because vCard lines"
                + " should not be longer than seventy-five octets, as RFC 6350 says in section 3.2.");
    }

    @Test
    void readsAThunderbirdCard() {
        PersonDraft hannah = read("thunderbird-4.0.vcf").draft(0);

        assertThat(hannah.name()).isEqualTo("Hannah Weiß");
        assertThat(hannah.emails()).containsExactly("hannah.weiss@example.de", "h.weiss@uni.example");
        assertThat(hannah.phones()).containsExactly("+49 151 2345678", "+49-30-555-0199 x42");
        assertThat(hannah.company()).isEqualTo("Humboldt Institut");
        assertThat(hannah.role()).isEqualTo("Professor");
        assertThat(hannah.location()).isEqualTo("Berlin");
        assertThat(hannah.linkedinUrl()).isEqualTo("https://www.linkedin.com/in/hannah-weiss");
        assertThat(hannah.birthday()).isEqualTo("1978-12-24");
        assertThat(hannah.circles()).containsExactly("Work", "Berlin");
    }

    @Test
    void fallsBackToTheStructuredNameThenTheCompany() {
        VCardSinkForTest read = readText("""
                BEGIN:VCARD
                VERSION:3.0
                N:Nakamura;Haruki;;Dr.;
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                ORG:Acme Corp;R&D
                ADR:;;;;Bretagne;;France
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                ADR:;;;;;;Portugal
                END:VCARD
                """);

        assertThat(read.drafts()).extracting(PersonDraft::name).containsExactly("Haruki Nakamura", "Acme Corp");
        assertThat(read.draft(1).location()).isEqualTo("Bretagne");
        assertThat(read.skipped).containsExactly(new Skipped(10, "Portugal", "no name, email or company"));
    }

    @Test
    void readsBirthdaysAsAppsWriteThem() {
        List<String> birthdays = readText("""
                BEGIN:VCARD
                VERSION:3.0
                FN:Dated with a time
                BDAY:1985-04-15T00:00:00
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:No year in 3.0
                BDAY:--0415
                END:VCARD
                BEGIN:VCARD
                VERSION:2.1
                FN:No year in 2.1
                BDAY:--04-15
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Year 1604 without Apple's mark
                BDAY:1604-02-29
                END:VCARD
                BEGIN:VCARD
                VERSION:4.0
                FN:Text
                BDAY;VALUE=text:circa 1800
                END:VCARD
                """).drafts().stream().map(PersonDraft::birthday).toList();

        assertThat(birthdays).containsExactly("1985-04-15", "--04-15", "--04-15", "--02-29", null);
    }

    @Test
    void iCloudGroupCardsAreGroupsNamingTheirMembersByUidNeverPeople() {
        VCardSinkForTest read = read("icloud-groups-3.0.vcf");

        assertThat(read.drafts()).extracting(PersonDraft::name).containsExactly("Élodie Lefèvre", "Bjørn Sørensen",
                "Ngozi Okafor", "Tom Okafor", "Priya Raman");
        assertThat(read.contacts).extracting(Contact::uid).containsExactly("uid:5b3a1f2c-8e7d-4c6b-9a1e-2f3d4c5b6a7e",
                "uid:a81c3e55-0d2b-4f61-8c0e-7b9d1e2f3a4b", "uid:c2d4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
                "uid:e7f8a9b0-c1d2-4e3f-9a8b-7c6d5e4f3a2b", "uid:0f1e2d3c-4b5a-4968-8776-655443322110");
        assertThat(read.groups).extracting(GroupCard::line, GroupCard::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Family"), org.assertj.core.groups.Tuple.tuple(74, "Book Club"));
        assertThat(read.groups.get(0).members()).containsExactly("uid:c2d4e6f8-1a3b-4c5d-8e9f-0a1b2c3d4e5f",
                "uid:e7f8a9b0-c1d2-4e3f-9a8b-7c6d5e4f3a2b", "uid:a81c3e55-0d2b-4f61-8c0e-7b9d1e2f3a4b",
                "uid:5b3a1f2c-8e7d-4c6b-9a1e-2f3d4c5b6a7e");
        assertThat(read.skipped).isEmpty();
    }

    @Test
    void vCard4GroupsNameTheirMembersByUidOrEmail() {
        VCardSinkForTest read = read("groups-4.0.vcf");

        assertThat(read.drafts()).extracting(PersonDraft::name).containsExactly("Ada Lovelace", "Charles Babbage",
                "Mary Somerville");
        assertThat(read.contacts.get(0).uid()).isEqualTo("uid:03a0e51f-d1aa-4385-8a53-e29025acd8af");
        assertThat(read.groups).extracting(GroupCard::name).containsExactly("Engines Club", "Monthly");
        assertThat(read.groups.get(0).members()).containsExactly("uid:03a0e51f-d1aa-4385-8a53-e29025acd8af",
                "uid:b8767877-b4a1-4c70-9acc-505d3819e519", "email:mary@somerville.example");
    }

    @Test
    void aBirthdayThatIsNoDateIsHandedOnAsLeftOutAndTheCardKept() {
        VCardSinkForTest read = read("icloud-groups-3.0.vcf");

        Contact ngozi = read.contacts.get(2);
        assertThat(ngozi.draft().birthday()).isNull();
        assertThat(ngozi.dropped()).containsExactly(new app.kith.person.Lenient.Dropped("birthday", "1958-02-30",
                "is not a date"));
        assertThat(ngozi.draft().emails()).as("checked by the import, not the reader").containsExactly("ngozi.okafor@example");
    }
}

package app.kith.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AvatarTest {

    @Test
    void initialsAreTheFirstLettersOfTheFirstAndLastNames() {
        assertThat(Avatar.initials("Ada Lovelace")).isEqualTo("AL");
        assertThat(Avatar.initials("Grace Brewster Murray Hopper")).isEqualTo("GH");
        assertThat(Avatar.initials("Prince")).isEqualTo("P");
        assertThat(Avatar.initials("Jean-Luc Picard")).isEqualTo("JP");
        assertThat(Avatar.initials("ñuño garcía")).isEqualTo("ÑG");
        assertThat(Avatar.initials("(Ada) 'Lovelace'")).isEqualTo("AL");
        assertThat(Avatar.initials("李 小龙")).isEqualTo("李小");
        assertThat(Avatar.initials("   ")).isEqualTo("?");
        assertThat(Avatar.initials("+44 20")).isEqualTo("?");
    }

    @Test
    void aPersonKeepsTheirToneAndNeighboursDiffer() {
        assertThat(Avatar.of(42, "Ada", false).tone()).isEqualTo(Avatar.of(42, "Someone else", true).tone());
        assertThat(LongStream.range(1, 9).mapToObj(id -> Avatar.of(id, "x", false).tone()).distinct()).hasSize(Avatar.TONES);
        assertThat(Avatar.of(7, "Ada", true).photoUrl()).isEqualTo("/people/7/photo");
    }
}

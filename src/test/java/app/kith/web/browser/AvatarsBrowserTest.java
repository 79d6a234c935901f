package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.person.Photo;
import app.kith.person.Photos;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A person's page header: their photo (as an imported vCard brings it), else their initials, light and dark. */
class AvatarsBrowserTest extends BrowserTest {

    static Person grace;
    static Person ada;

    @BeforeAll
    static void twoPeople() throws IOException {
        long owner = server.bean(Accounts.class).create(OWNER, PASSWORD).account().id();
        People people = server.bean(People.class);
        grace = people.add(owner, new PersonDraft("Grace Hopper", List.of("grace@navy.example"), null, "US Navy",
                "Rear Admiral", "Arlington", null, "1906-12-09", null, List.of("compilers"), null, null, null, null, null),
                LocalDate.now());
        ada = people.add(owner, new PersonDraft("Ada Lovelace", List.of("ada@example.com"), null, "Analytical Engines",
                "Mathematician", "London", null, "--12-10", null, List.of("math"), null, null, null, null, null),
                LocalDate.now());
        server.bean(Photos.class).put(owner, grace.id(), Photo.of(portrait()));
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
    }

    /** A small PNG portrait, as a phone's contacts app exports one. */
    private static byte[] portrait() throws IOException {
        BufferedImage image = new BufferedImage(96, 96, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2d, 0x5b, 0x86));
        g.fillRect(0, 0, 96, 96);
        g.setColor(new Color(0xf2, 0xd0, 0xa9));
        g.fillOval(28, 14, 40, 44);
        g.fillOval(14, 60, 68, 60);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    @Test
    void aPersonsPageShowsTheirPhotoElseTheirInitials() throws Exception {
        openPage("/people/" + grace.id());
        WebElement photo = driver.findElement(By.cssSelector(".person-title img.avatar"));
        assertThat((Long) driver.executeScript("return arguments[0].naturalWidth;", photo)).isEqualTo(96L);
        assertThat(shootEveryWay("person-photo", "/people/" + grace.id())).isEmpty();

        openPage("/people/" + ada.id());
        assertThat(driver.findElement(By.cssSelector(".person-title .avatar")).getText()).isEqualTo("AL");
        assertThat(shootEveryWay("person-initials", "/people/" + ada.id())).isEmpty();
    }
}

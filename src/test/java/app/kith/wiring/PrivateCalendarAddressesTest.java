package app.kith.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import org.junit.jupiter.api.Test;

/** Whether calendars may be read from private addresses, unless the operator says: only on a personal Kith. */
class PrivateCalendarAddressesTest extends StoreTest {

    @Test
    void aServerOnThisMachineAloneWithOneAccountReadsPrivateAddresses() {
        owner();

        assertThat(CalendarWiring.privateAddresses(null, "127.0.0.1", kith).getAsBoolean()).isTrue();
        assertThat(CalendarWiring.privateAddresses("", "localhost", kith).getAsBoolean()).isTrue();
        assertThat(CalendarWiring.privateAddresses(null, null, kith).getAsBoolean()).as("the CLI").isTrue();
    }

    @Test
    void aServerListeningBeyondThisMachineDoesNot() {
        owner();

        assertThat(CalendarWiring.privateAddresses(null, "0.0.0.0", kith).getAsBoolean()).isFalse();
        assertThat(CalendarWiring.privateAddresses(null, "::", kith).getAsBoolean()).isFalse();
    }

    @Test
    void aSecondAccountTurnsPrivateAddressesOffFromThenOn() {
        var personal = CalendarWiring.privateAddresses(null, "127.0.0.1", kith);
        owner();
        assertThat(personal.getAsBoolean()).isTrue();

        anotherAccount();

        assertThat(personal.getAsBoolean()).isFalse();
        assertThat(CalendarWiring.privateAddresses(null, null, kith).getAsBoolean()).as("the CLI").isFalse();
    }

    @Test
    void theOperatorsSettingDecides() {
        anotherAccount();

        assertThat(CalendarWiring.privateAddresses("true", "0.0.0.0", kith).getAsBoolean()).isTrue();
        assertThat(CalendarWiring.privateAddresses("false", "127.0.0.1", kith).getAsBoolean()).isFalse();
    }
}

package dev.ec2gateway.standin;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTableTest {

    @Test
    void refusesTheSameCommandNameTwiceWhateverItsCase() {
        CommandTable table = new CommandTable().register(List.of(Command.user("listZones", call -> Json.object())));
        assertThrows(IllegalStateException.class,
                () -> table.register(List.of(Command.user("LISTZONES", call -> Json.object()))));
    }

    @Test
    void buildsTheFullTableWithoutDuplicatesAndFindsNamesCaseInsensitively() {
        CommandTable table = Commands.all();
        assertTrue(table.find("listvirtualmachines").isPresent());
        assertTrue(table.find("deployVirtualMachine").isPresent());
        assertTrue(table.find("describeInstances").isEmpty());
    }
}

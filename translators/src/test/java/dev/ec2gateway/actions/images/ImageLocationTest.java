package dev.ec2gateway.actions.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ec2gateway.ec2.Ec2Exception;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageLocationTest {
    @Test
    void theFragmentIsTakenOffTheUrlAndReadAsOptions() {
        ImageLocation location = ImageLocation.parse(
                "https://images.example.org/a/web.qcow2?sig=1#OsType=Ubuntu%2022.04%20LTS&zone=zone1");
        assertEquals("https://images.example.org/a/web.qcow2?sig=1", location.url());
        assertEquals(Map.of("ostype", "Ubuntu 22.04 LTS", "zone", "zone1"), location.options());
    }

    @Test
    void theFormatIsReadFromTheFileNameThroughACompressionSuffix() {
        assertEquals("QCOW2", ImageLocation.parse("http://h/x/disk.QCOW2").formatFromName());
        assertEquals("VHD", ImageLocation.parse("http://h/x/disk.vhd.bz2").formatFromName());
        assertEquals("RAW", ImageLocation.parse("http://h/x/disk.img#hypervisor=KVM").formatFromName());
        assertNull(ImageLocation.parse("http://h/x/disk").formatFromName());
        assertNull(ImageLocation.parse("http://h/x/disk.exe").formatFromName());
    }

    @Test
    void onlyHttpUrlsAndKnownOptionsAreAccepted() {
        assertEquals("InvalidParameterValue",
                assertThrows(Ec2Exception.class, () -> ImageLocation.parse("bucket/image.manifest.xml")).code());
        assertEquals("InvalidParameterValue",
                assertThrows(Ec2Exception.class, () -> ImageLocation.parse("ftp://h/disk.vhd")).code());
        assertEquals("InvalidParameterValue",
                assertThrows(Ec2Exception.class, () -> ImageLocation.parse("http://h/disk.vhd#ostpye=x")).code());
        assertEquals("InvalidParameterValue",
                assertThrows(Ec2Exception.class, () -> ImageLocation.parse("http://h/disk.vhd#format")).code());
        assertEquals("MissingParameter", assertThrows(Ec2Exception.class, () -> ImageLocation.parse(" ")).code());
    }
}

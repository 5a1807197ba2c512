using System.Runtime.InteropServices;
using DNArch.Host.Hosting;

namespace DNArch.Tests.Host;

public sealed class FailureMessageTests
{
    [Fact]
    public void A_native_allocation_failure_is_one_line_saying_what_to_lower()
    {
        var native = new ExternalException(
            "[enforce fail at alloc_cpu.cpp:117] data. DefaultCPUAllocator: not enough memory: you tried to allocate 274877906944 bytes.\n" +
            "Exception raised from alloc_cpu at /pytorch/c10/core/impl/alloc_cpu.cpp:117 (most recent call first):\n" +
            "frame #0: c10::Error::Error(c10::SourceLocation, std::string) + 0x9c (0x7f in libc10.so)\n");

        var line = FailureMessage.Describe(native);

        line.Should().NotContain("\n").And.NotContain("frame #").And.Contain("out of memory").And.Contain("274877906944 bytes")
            .And.Contain("Search:MemoryLimit");
    }

    [Fact]
    public void Other_failures_keep_their_type_and_first_line()
    {
        FailureMessage.Describe(new InvalidOperationException("broken\nframe #0: somewhere"))
            .Should().Be("InvalidOperationException: broken");
    }
}

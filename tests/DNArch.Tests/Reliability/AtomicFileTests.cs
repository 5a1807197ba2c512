using DNArch.Plugins.Sdk.IO;
using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>The one atomic writer: the old content or the new, never a mix, and no temporary file left behind.</summary>
public sealed class AtomicFileTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_write_replaces_the_file_and_leaves_no_temporary_file()
    {
        var path = temp.File("a.txt", "old");

        AtomicFile.WriteAllText(path, "new");

        File.ReadAllText(path).Should().Be("new");
        Directory.GetFiles(temp.Path).Should().Equal(path);
    }

    [Fact]
    public void A_write_that_fails_midway_keeps_the_old_content_and_removes_its_temporary_file()
    {
        var path = temp.File("a.txt", "old");

        FluentActions.Invoking(() => AtomicFile.Write(path, s =>
        {
            s.WriteByte(1);
            throw new IOException("disk full");
        })).Should().Throw<IOException>().WithMessage("disk full");

        File.ReadAllText(path).Should().Be("old");
        Directory.GetFiles(temp.Path).Should().Equal(path);
    }

    [Fact]
    public void Creating_a_new_file_refuses_to_replace_one_that_exists()
    {
        var path = temp.File("run.lock", "1 2 host\n");
        var fresh = Path.Combine(temp.Path, "other.lock");

        FluentActions.Invoking(() => AtomicFile.WriteAllText(path, "3 4 host\n", createNew: true)).Should().Throw<IOException>();
        AtomicFile.WriteAllText(fresh, "5 6 host\n", createNew: true);

        File.ReadAllText(path).Should().Be("1 2 host\n");
        File.ReadAllText(fresh).Should().Be("5 6 host\n");
        Directory.GetFiles(temp.Path).Should().BeEquivalentTo([path, fresh]);
    }
}

#!/usr/bin/perl
# The anchor of the throughput benchmark: Sisimai over the same emails, from memory, warm.
# Usage: perl bench/sisimai.pl SECONDS FILE...   Prints one JSON line.
use strict;
use warnings;
use Sisimai;
use Time::HiRes qw(time);

my $seconds = shift @ARGV;
my @texts = map {
    open(my $fh, '<:raw', $_) or die "cannot read $_: $!";
    local $/;
    my $text = <$fh>;
    close $fh;
    $text;
} @ARGV;

# Warm-up: every module Sisimai loads lazily is loaded here, not in the timed loop.
my $recognised = 0;
for my $text (@texts) {
    my $copy = $text;
    my $found = Sisimai->make(\$copy);
    $recognised++ if $found && @$found;
}

my ($emails, $started) = (0, time);
while (time - $started < $seconds) {
    for my $text (@texts) {
        my $copy = $text;
        Sisimai->make(\$copy);
        $emails++;
    }
}
my $elapsed = time - $started;
printf "{\"version\":\"%s\",\"emails\":%d,\"seconds\":%.4f,\"perSecond\":%.1f,\"recognised\":%d}\n",
    $Sisimai::VERSION, $emails, $elapsed, $emails / $elapsed, $recognised;

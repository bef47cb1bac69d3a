namespace HpcCore;

// The binary digits of 2/π in chunks, for the Payne–Hanek reduction of huge arguments (TrigReduction.cs): chunk i
// holds bits 24i+1 … 24i+24 (float) or 53i+1 … 53i+53 (double) after the binary point, as an integer, so it is exact
// in its format and 2/π = Σ chunk i · 2^(−24(i+1)) (or 2^(−53(i+1))). Nine float chunks (216 bits) and 23 double
// chunks (1219 bits) cover every exponent plus the 60 (float) and 120 (double) bits below the binary point the
// reduction needs. TwoOverPiChunkTests recomputes every chunk from π (Machin's formula in integer arithmetic).
public static partial class HpcMath
{
    internal const float TwoOverPiChunk0F = 0xA2F983;
    internal const float TwoOverPiChunk1F = 0x6E4E44;
    internal const float TwoOverPiChunk2F = 0x1529FC;
    internal const float TwoOverPiChunk3F = 0x2757D1;
    internal const float TwoOverPiChunk4F = 0xF534DD;
    internal const float TwoOverPiChunk5F = 0xC0DB62;
    internal const float TwoOverPiChunk6F = 0x95993C;
    internal const float TwoOverPiChunk7F = 0x439041;
    internal const float TwoOverPiChunk8F = 0xFE5163;

    internal const double TwoOverPiChunk0 = 0x145F306DC9C882;
    internal const double TwoOverPiChunk1 = 0x14A7F09D5F47D4;
    internal const double TwoOverPiChunk2 = 0x1A6EE06DB14ACC;
    internal const double TwoOverPiChunk3 = 0x13C439041FE516;
    internal const double TwoOverPiChunk4 = 0x0757BD778AC36E;
    internal const double TwoOverPiChunk5 = 0x091B8E909374B8;
    internal const double TwoOverPiChunk6 = 0x00324977504E8C;
    internal const double TwoOverPiChunk7 = 0x121CFE1DEB1CB1;
    internal const double TwoOverPiChunk8 = 0x0534E7DD1046BE;
    internal const double TwoOverPiChunk9 = 0x14BAED1213A671;
    internal const double TwoOverPiChunk10 = 0x18135A2FBF209C;
    internal const double TwoOverPiChunk11 = 0x191D639835339F;
    internal const double TwoOverPiChunk12 = 0x093908BF177BF2;
    internal const double TwoOverPiChunk13 = 0x0A0EC7FE25FFF7;
    internal const double TwoOverPiChunk14 = 0x102CC07F79788C;
    internal const double TwoOverPiChunk15 = 0x0B5A0A6D1F6D36;
    internal const double TwoOverPiChunk16 = 0x0FD9E4F96136E9;
    internal const double TwoOverPiChunk17 = 0x1D18FD9A797FA8;
    internal const double TwoOverPiChunk18 = 0x16BA93DD63F5F2;
    internal const double TwoOverPiChunk19 = 0x1F17B3D0739F78;
    internal const double TwoOverPiChunk20 = 0x14A525D4D7F6BF;
    internal const double TwoOverPiChunk21 = 0x0C47E357421580;
    internal const double TwoOverPiChunk22 = 0x198237E3DB5D5F;
}

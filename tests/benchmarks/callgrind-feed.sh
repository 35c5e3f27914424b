#!/usr/bin/env bash
# Instructions (valgrind --tool=callgrind) of one feed verification and of one
# xmlsec1 verification of the same file: a comparison the machine's load does
# not move (wall-clock medians do, on a shared machine).
#
#   tests/benchmarks/callgrind-feed.sh [BUILD_DIR]     (default <repo>/build-bench)
#
# Both are counted the same way: a process that verifies 1 time and one that
# verifies 1+N times, the difference divided by N (process start, key loading
# and, for ours, the first parse of the trust material drop out). Ours is
# counted on both threads. Then, per thread and per phase (callgrind
# --separate-threads, toggled on the verification and on its worker), an
# estimate of the instructions on the longest path through the two threads,
# which is what the wall clock follows when the second core is free:
#   worker = libxml2 parse and structure + C14N into the digest and the stream + freeing the tree
#   caller starts on the catalog when the structure is read (after hashing the document) and the
#          certificates, timestamp, chain and CRLs are checked
#   the catalog (head on the caller, tail on the worker) is cut where both end together, so
#   longest path = max(worker, (worker + caller start + catalog) / 2).
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$repo/build-bench}"
bench="$build/tests/benchmarks/bench_feed"
n="${EM_CALLGRIND_N:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$bench" --work "$work" --iterations 1 --no-reference > /dev/null

total() { # the instructions a callgrind output file counted
    awk '/^(summary|totals):/ { print $2; exit }' "$1"
}
cg() { # OUT COMMAND...: runs COMMAND under callgrind
    local out="$1"
    shift
    valgrind --tool=callgrind --callgrind-out-file="$out" "$@" > /dev/null 2> "$out.log"
}
inclusive() { # FILE PATTERN: the inclusive instructions of the first function matching PATTERN (0 when
    # it is too small for callgrind_annotate to list)
    callgrind_annotate --inclusive=yes "$1" 2> /dev/null \
        | awk -v p="$2" '!found && index($0, p) { gsub(",", "", $1); print $1; found = 1 } END { if (!found) print 0 }'
}
per() { # TOTAL DIVISOR -> millions
    awk -v t="$1" -v d="$2" 'BEGIN { printf "%.1f", t / d / 1e6 }'
}

cg "$work/em-1.out" "$bench" --verify-only "$work" --iterations 1
cg "$work/em-n.out" "$bench" --verify-only "$work" --iterations $((n + 1))
cg "$work/em1t-1.out" "$bench" --verify-only "$work" --iterations 1 --one-thread
cg "$work/em1t-n.out" "$bench" --verify-only "$work" --iterations $((n + 1)) --one-thread
xmlsec=(--trusted-pem "$work/root.pem" --untrusted-pem "$work/intermediate.pem" --enabled-key-data x509
    --enabled-reference-uris empty "$work/feed.xml")
cg "$work/xmlsec-1.out" xmlsec1 --verify --repeat 1 "${xmlsec[@]}"
cg "$work/xmlsec-n.out" xmlsec1 --verify --repeat $((n + 1)) "${xmlsec[@]}"

ours=$(($(total "$work/em-n.out") - $(total "$work/em-1.out")))
oursOne=$(($(total "$work/em1t-n.out") - $(total "$work/em1t-1.out")))
theirs=$(($(total "$work/xmlsec-n.out") - $(total "$work/xmlsec-1.out")))

# Per thread and per phase, over n+1 verifications (the first parses the trust material).
valgrind --tool=callgrind --separate-threads=yes --callgrind-out-file="$work/threads.out" \
    --toggle-collect='em::verifyFeedReport*' --toggle-collect='std::thread::_State_impl<*Verifier::runConcurrent*' \
    "$bench" --verify-only "$work" --iterations $((n + 1)) > /dev/null 2> "$work/threads.log"
caller="$work/threads.out-01"
worker="$work/threads.out-02"
v=$((n + 1))
read_=$(inclusive "$worker" "SignedDocumentReader::read(")
c14n=$(inclusive "$worker" "SignedDocumentReader::canonicalizeDocument(")
release=$(inclusive "$worker" "SignedDocumentReader::release()")
tail_=$(inclusive "$worker" "CatalogStream::parseTail()")
hash=$(inclusive "$caller" "Verifier::hashDocument()")
checks=$(inclusive "$caller" "Verifier::checkCredentials()")
head_=$(inclusive "$caller" "CatalogStream::parseHead()")
longest=$(awk -v r="$read_" -v c="$c14n" -v f="$release" -v h="$hash" -v k="$checks" -v hd="$head_" -v tl="$tail_" \
    -v v="$v" 'BEGIN {
        w = (r + c + f) / v; s = ((r > h ? r : h) + k) / v; cat = (hd + tl) / v;
        l = (w + s + cat) / 2; if (l < w) l = w; printf "%.1f", l / 1e6 }')

echo "# callgrind, instructions per verification (millions); $n verifications after a first one"
echo "RESULT callgrind-feed-verify $(per $ours $n) M instructions (both threads)"
echo "RESULT callgrind-feed-verify-one-thread $(per $oursOne $n) M instructions"
echo "RESULT callgrind-xmlsec1-per-operation $(per $theirs $n) M instructions"
echo "RESULT callgrind-feed-vs-xmlsec1 $(awk -v a=$ours -v b=$theirs 'BEGIN { printf "%.2f", a / b }') (all instructions of ours / xmlsec1's)"
echo "RESULT callgrind-feed-longest-path ${longest} M instructions (estimate, see the script)"
echo "RESULT callgrind-feed-longest-path-vs-xmlsec1 $(awk -v l=$longest -v b=$theirs -v n=$n 'BEGIN { printf "%.2f", l * 1e6 / (b / n) }')"
echo "# phases per verification (millions): worker: parse+structure $(per $read_ $v), C14N+digest+stream $(per $c14n $v)," \
    "freeing the tree $(per $release $v), catalog tail $(per $tail_ $v); caller: hash of the document $(per $hash $v)," \
    "signature+timestamp+chain+EKU+signer+CRLs $(per $checks $v), catalog head $(per $head_ $v)"
echo "# caller thread $(per $(total "$caller") $v), worker thread $(per $(total "$worker") $v)"

;; The integer dot product of two rows of int8 values in the memory it is given, 16 bytes at a
;; time with WebAssembly's SIMD instructions, the rest one at a time. Assembled into dot-wasm.ts
;; by scripts/build-dot-wasm.ts; vectors.ts uses it where the runtime validates it.
(module
  (memory (import "env" "memory") 1)
  (func (export "dot") (param $a i32) (param $b i32) (param $n i32) (result i32)
    (local $end i32) (local $sum i32) (local $acc v128) (local $va v128) (local $vb v128)
    (local.set $end (i32.add (local.get $a) (local.get $n)))
    (block $done
      (loop $sixteen
        (br_if $done (i32.gt_u (i32.add (local.get $a) (i32.const 16)) (local.get $end)))
        (local.set $va (v128.load align=1 (local.get $a)))
        (local.set $vb (v128.load align=1 (local.get $b)))
        (local.set $acc
          (i32x4.add
            (i32x4.add
              (local.get $acc)
              (i32x4.dot_i16x8_s
                (i16x8.extend_low_i8x16_s (local.get $va))
                (i16x8.extend_low_i8x16_s (local.get $vb))))
            (i32x4.dot_i16x8_s
              (i16x8.extend_high_i8x16_s (local.get $va))
              (i16x8.extend_high_i8x16_s (local.get $vb)))))
        (local.set $a (i32.add (local.get $a) (i32.const 16)))
        (local.set $b (i32.add (local.get $b) (i32.const 16)))
        (br $sixteen)))
    (local.set $sum
      (i32.add
        (i32.add (i32x4.extract_lane 0 (local.get $acc)) (i32x4.extract_lane 1 (local.get $acc)))
        (i32.add (i32x4.extract_lane 2 (local.get $acc)) (i32x4.extract_lane 3 (local.get $acc)))))
    (block $tail_done
      (loop $tail
        (br_if $tail_done (i32.ge_u (local.get $a) (local.get $end)))
        (local.set $sum
          (i32.add
            (local.get $sum)
            (i32.mul (i32.load8_s (local.get $a)) (i32.load8_s (local.get $b)))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $tail)))
    (local.get $sum)))

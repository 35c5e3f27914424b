// The translation unit of the per-folder precompiled header targets (cmake/EmTesting.cmake).

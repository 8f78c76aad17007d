-- Image captures: the engine version that made the probe, why a capture could not be searched,
-- and the face quality measures (reported per capture device and in the accuracy report).
alter table verification
    add column algorithm_version varchar(40),
    add column capture_failure   varchar(24),
    add column face_inter_eye    real,
    add column face_yaw          real,
    add column face_pitch        real,
    add column face_roll         real,
    add column face_sharpness    real,
    add column face_brightness   real;
